package dev.apigw.cli.validate;

import dev.apigw.model.diag.SourceLocation;
import dev.apigw.model.validation.TextPosition;
import dev.apigw.openapi.source.SourceFormat;
import java.util.List;

/**
 * Maps a position inside a template string back to the file, from where the string's key sits. An approximation,
 * and deliberately a simple one:
 * <ul>
 *   <li>YAML block scalar ({@code key: |}): template line n is file line key+n, column = the block's indent + column;</li>
 *   <li>any other YAML scalar: line key+n-1 (exact for one-line values), column from the value's start on line 1;</li>
 *   <li>JSON string: the whole template sits on the key's line (newlines are {@code \n} escapes), so the line is the
 *       key's and the column the value's start plus the template column (exact unless escapes precede it).</li>
 * </ul>
 */
final class TemplatePositions {
    private final List<String> lines;
    private final SourceFormat format;

    TemplatePositions(String text, SourceFormat format) {
        this.lines = text.lines().toList();
        this.format = format;
    }

    SourceLocation map(SourceLocation key, TextPosition within) {
        if (!key.hasPosition() || key.line() > lines.size()) {
            return key;
        }
        String keyLine = lines.get(key.line() - 1);
        int valueStart = valueStart(keyLine, key.column() - 1);
        if (format == SourceFormat.JSON) {
            int column = valueStart < 0 ? key.column() : valueStart + 2; // past the opening quote
            return at(key, key.line(), within.line() == 1 ? column + within.column() - 1 : column);
        }
        boolean block = valueStart >= 0 && (keyLine.charAt(valueStart) == '|' || keyLine.charAt(valueStart) == '>');
        if (block) {
            int line = key.line() + within.line();
            // the block's indentation is set by its first line and stripped from every line of the value
            int indent = key.line() < lines.size() ? indent(lines.get(key.line())) : 0;
            return at(key, line, indent + within.column());
        }
        int column = within.line() == 1 && valueStart >= 0
                ? valueStart + 1 + within.column() - 1 + (isQuote(keyLine.charAt(valueStart)) ? 1 : 0)
                : key.column();
        return at(key, key.line() + within.line() - 1, column);
    }

    /** Index of the first character of the value after {@code key:} on the key's line, or -1 when it starts below. */
    private static int valueStart(String line, int keyIndex) {
        int colon = colonAfterKey(line, Math.max(0, keyIndex));
        if (colon < 0) {
            return -1;
        }
        int i = colon + 1;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i < line.length() ? i : -1;
    }

    // Skips a quoted key, so a ':' inside "application/json:x" style keys is not taken for the separator.
    private static int colonAfterKey(String line, int from) {
        int i = from;
        if (i < line.length() && isQuote(line.charAt(i))) {
            char quote = line.charAt(i);
            int close = line.indexOf(quote, i + 1);
            i = close < 0 ? i + 1 : close + 1;
        }
        return line.indexOf(':', i);
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\'';
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static SourceLocation at(SourceLocation key, int line, int column) {
        return new SourceLocation(key.file(), key.pointer(), line, column);
    }
}
