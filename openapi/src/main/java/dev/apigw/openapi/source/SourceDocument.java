package dev.apigw.openapi.source;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apigw.model.diag.ApigwException;
import dev.apigw.model.diag.Diagnostic;
import dev.apigw.model.diag.SourceLocation;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A parsed JSON/YAML file: the Jackson tree (object key order preserved, numbers, booleans and strings typed as
 * written) plus where every node sits, so any later finding can name file, line and column.
 *
 * @param diagnostics warnings found while reading (unknown YAML tags, duplicate keys); never errors, which throw
 */
public record SourceDocument(String file, SourceFormat format, JsonNode root, SourceMap map,
        List<Diagnostic> diagnostics) {

    /** AWS refuses to import API definitions larger than 6 MB; so do we, before spending memory on them. */
    public static final int MAX_BYTES = 6 * 1024 * 1024;

    public SourceDocument {
        file = file == null ? "" : file;
        map = map == null ? SourceMap.empty() : map;
        diagnostics = diagnostics == null ? List.of() : List.copyOf(diagnostics);
    }

    public SourceDocument(String file, SourceFormat format, JsonNode root, SourceMap map) {
        this(file, format, root, map, List.of());
    }

    /**
     * Reads and parses a file.
     *
     * @throws ApigwException of kind INPUT, with a diagnostic at file:line:column, when the file is missing,
     *     unreadable, too large, not UTF-8 or malformed
     */
    public static SourceDocument read(Path path) {
        String file = path.toString();
        return parse(file, SourceText.read(path, file));
    }

    /**
     * Parses text that came from {@code file} (used for messages and to guess the format from its extension).
     *
     * @throws ApigwException of kind INPUT when the text is too large or malformed
     */
    public static SourceDocument parse(String file, String text) {
        String name = file == null ? "" : file;
        SourceText.checkSize(name, text);
        String body = SourceText.stripBom(text);
        ParsedTree parsed;
        SourceFormat format;
        if (looksLikeJson(name, body)) {
            ParsedTree json = tryJson(name, body);
            if (json != null) {
                parsed = json;
                format = SourceFormat.JSON;
            } else {
                parsed = YamlSourceParser.parse(name, body);
                format = SourceFormat.YAML;
            }
        } else {
            parsed = YamlSourceParser.parse(name, body);
            format = SourceFormat.YAML;
        }
        requireContainer(name, parsed.root(), format);
        return new SourceDocument(name, format, parsed.root(), parsed.map(), parsed.warnings());
    }

    /**
     * Where the node at {@code jsonPointer} sits: the node itself (its key when it is an object member), else its
     * nearest ancestor that exists, else the file alone. Never throws, so callers can use it in any error path.
     */
    public SourceLocation locate(String jsonPointer) {
        String pointer = JsonPointers.normalize(jsonPointer);
        SourceMap.Position at = map.nearest(pointer);
        return new SourceLocation(file, pointer, at.line(), at.column());
    }

    /**
     * JSON when the extension says so, or when nothing says YAML and the text starts like JSON. A {@code .json}
     * file is parsed as JSON only, so its errors read as JSON errors.
     */
    private static boolean looksLikeJson(String file, String text) {
        String lower = file.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".json")) {
            return true;
        }
        String trimmed = text.stripLeading();
        return !trimmed.isEmpty() && (trimmed.charAt(0) == '{' || trimmed.charAt(0) == '[');
    }

    /**
     * JSON parse, or null when a non-{@code .json} file fails as JSON, because flow-style YAML
     * ({@code {a: 1}}) starts with a brace too; a {@code .json} file's JSON error is thrown as is.
     */
    private static ParsedTree tryJson(String file, String text) {
        try {
            return JsonSourceParser.parse(file, text);
        } catch (ApigwException e) {
            if (file.toLowerCase(Locale.ROOT).endsWith(".json")) {
                throw e;
            }
            return null;
        }
    }

    /** Every file this tool reads (API definition, template, project) is a mapping at the top. */
    private static void requireContainer(String file, JsonNode root, SourceFormat format) {
        if (!root.isObject()) {
            String what = format == SourceFormat.JSON ? "a JSON object" : "a YAML mapping";
            throw SourceProblems.error(file, 1, 1, "the top level is not " + what,
                    "An OpenAPI document, CloudFormation template or apigw project file starts with keys such as"
                            + " 'openapi:', 'swagger:' or 'Resources:'.");
        }
    }
}
