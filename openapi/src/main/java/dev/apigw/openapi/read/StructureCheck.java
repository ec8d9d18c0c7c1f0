package dev.apigw.openapi.read;

import dev.apigw.openapi.json.Json;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Structural checks of the OpenAPI document by swagger-parser (the reference parser for OpenAPI 2.0 and 3.0):
 * missing required fields, wrong types, unresolvable {@code $ref}s. Its findings are warnings, as API Gateway
 * imports such documents with warnings unless {@code failonwarnings} is set.
 */
final class StructureCheck {
    private static final Pattern PATH_OPERATION = Pattern.compile("paths\\.'([^']*)'(?:\\((\\w+)\\))?");

    private StructureCheck() {
    }

    static void check(ReadContext ctx, com.fasterxml.jackson.databind.JsonNode root) {
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        SwaggerParseResult result;
        try {
            result = new OpenAPIParser().readContents(Json.write(Json.JSON, root), null, options);
        } catch (RuntimeException e) {
            ctx.warn(RuleIds.OPENAPI_STRUCTURE, "", "the OpenAPI parser could not check this document: "
                    + e.getMessage(), "");
            return;
        }
        List<String> messages = result == null || result.getMessages() == null ? List.of() : result.getMessages();
        for (String message : messages) {
            ctx.warn(RuleIds.OPENAPI_STRUCTURE, pointerOf(message), "OpenAPI: " + message,
                    "fix the document so it follows the OpenAPI specification");
        }
    }

    /** Best effort: swagger-parser names places as {@code paths.'/pets'(get).responses}. */
    static String pointerOf(String message) {
        Matcher m = PATH_OPERATION.matcher(message);
        if (!m.find()) {
            return "";
        }
        String pointer = Pointer.child("/paths", m.group(1));
        return m.group(2) == null ? pointer : Pointer.child(pointer, m.group(2));
    }
}
