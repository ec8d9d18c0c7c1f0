package dev.apigw.openapi.iac.sam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A REST API's {@code Cors} as SAM implements it: an {@code OPTIONS} method with a MOCK integration on every path
 * that has none, answering the preflight with {@code Access-Control-Allow-*} headers. The values are API Gateway
 * mapping expressions, so literal values are written in single quotes ({@code "'*'"}); a bare string is the
 * allowed origin. Without {@code AllowMethods} each path allows the methods it has (all of them for ANY), plus
 * OPTIONS.
 */
final class SamCors {
    private static final Set<String> KEYS = Set.of("AllowMethods", "AllowHeaders", "AllowOrigin", "MaxAge",
            "AllowCredentials");
    private static final String ALL_METHODS = "DELETE,GET,HEAD,OPTIONS,PATCH,POST,PUT";
    private static final String WILDCARD = "'*'";

    private SamCors() {
    }

    static void apply(OpenApiDoc doc, SamResource api, Findings findings) {
        JsonNode cors = api.get("Cors");
        if (cors.isMissingNode() || cors.isNull()) {
            return;
        }
        JsonNode origin;
        JsonNode headers = null;
        JsonNode methods = null;
        JsonNode maxAge = null;
        boolean credentials = false;
        if (cors.isTextual() || Intrinsics.isCall(cors)) {
            origin = cors;
        } else if (cors.isObject()) {
            for (var names = cors.fieldNames(); names.hasNext();) {
                String key = names.next();
                if (!KEYS.contains(key)) {
                    findings.rejected(api.pointer("Cors", key), "SAM rejects " + api.logicalId() + ": '" + key
                            + "' is not a Cors property; no CORS preflight is added", "use " + String.join(", ",
                            new TreeSet<>(KEYS)));
                    return;
                }
            }
            origin = cors.has("AllowOrigin") ? cors.get("AllowOrigin") : JsonNodeFactory.instance.textNode(WILDCARD);
            headers = cors.get("AllowHeaders");
            methods = cors.get("AllowMethods");
            maxAge = cors.get("MaxAge");
            credentials = cors.path("AllowCredentials").asBoolean(false);
        } else {
            findings.rejected(api.pointer("Cors"), "SAM rejects " + api.logicalId() + ": Cors must be an origin"
                    + " or a map; no CORS preflight is added", "write Cors: \"'*'\"");
            return;
        }
        if (credentials && origin.isTextual() && origin.asText().equals(WILDCARD)) {
            findings.rejected(api.pointer("Cors"), "SAM rejects " + api.logicalId() + ": AllowCredentials cannot"
                    + " be true when AllowOrigin is '*' or not set; no CORS preflight is added",
                    "set AllowOrigin: \"'https://example.com'\"");
            return;
        }
        java.util.Map<String, JsonNode> literals = new java.util.LinkedHashMap<>();
        literals.put("AllowOrigin", origin);
        literals.put("AllowHeaders", headers);
        literals.put("AllowMethods", methods);
        literals.forEach((name, value) -> {
            if (value != null && value.isTextual() && !isExpression(value.asText())) {
                String pointer = cors.isObject() ? api.pointer("Cors", name) : api.pointer("Cors");
                findings.rejected(pointer, "the Cors value " + value.asText() + " of " + api.logicalId()
                        + " is not in single quotes: API Gateway reads it as a mapping expression and refuses it;"
                        + " it is written as given", "write literals in single quotes, e.g. \"'" + value.asText()
                        + "'\"");
            }
        });
        if (maxAge != null && maxAge.isNumber()) {
            // A number is not a mapping expression; API Gateway needs the literal in quotes.
            maxAge = JsonNodeFactory.instance.textNode("'" + maxAge.asText() + "'");
        }
        for (String path : doc.pathNames()) {
            if (!(doc.paths().get(path) instanceof ObjectNode item) || item.has("options")) {
                continue;
            }
            JsonNode allowed = methods != null && !methods.isNull() ? methods
                    : JsonNodeFactory.instance.textNode("'" + methodsOf(doc, path) + "'");
            addOptions(doc, item, origin, headers, allowed, maxAge, credentials);
        }
    }

    private static void addOptions(OpenApiDoc doc, ObjectNode item, JsonNode origin, JsonNode headers,
            JsonNode methods, JsonNode maxAge, boolean credentials) {
        ObjectNode parameters = JsonNodeFactory.instance.objectNode();
        ObjectNode described = JsonNodeFactory.instance.objectNode();
        header(doc, parameters, described, "Access-Control-Allow-Origin", origin, "string");
        if (present(headers)) {
            header(doc, parameters, described, "Access-Control-Allow-Headers", headers, "string");
        }
        if (present(methods)) {
            header(doc, parameters, described, "Access-Control-Allow-Methods", methods, "string");
        }
        if (maxAge != null && !maxAge.isNull()) {
            header(doc, parameters, described, "Access-Control-Max-Age", maxAge, "integer");
        }
        if (credentials) {
            header(doc, parameters, described, "Access-Control-Allow-Credentials",
                    JsonNodeFactory.instance.textNode("'true'"), "string");
        }
        ObjectNode options = item.putObject("options");
        options.put("summary", "CORS support");
        if (!doc.isOpenApi3()) {
            options.putArray("consumes").add("application/json");
            options.putArray("produces").add("application/json");
        }
        ObjectNode integration = options.putObject(OpenApiDoc.INTEGRATION);
        integration.put("type", "mock");
        integration.putObject("requestTemplates").put("application/json", "{\n  \"statusCode\" : 200\n}\n");
        ObjectNode response = integration.putObject("responses").putObject("default");
        response.put("statusCode", "200");
        response.set("responseParameters", parameters);
        response.putObject("responseTemplates").put("application/json", "{}\n");
        ObjectNode ok = options.putObject("responses").putObject("200");
        ok.put("description", "Default response for CORS method");
        ok.set("headers", described);
    }

    private static void header(OpenApiDoc doc, ObjectNode parameters, ObjectNode described, String name,
            JsonNode value, String type) {
        parameters.set("method.response.header." + name, value.deepCopy());
        described.set(name, doc.headerOfType(type));
    }

    /** A quoted literal, or a value read from the request, stage variables or context. */
    private static boolean isExpression(String value) {
        return value.length() >= 2 && value.startsWith("'") && value.endsWith("'")
                || value.startsWith("method.request.") || value.startsWith("stageVariables.")
                || value.startsWith("context.");
    }

    private static boolean present(JsonNode value) {
        return value != null && !value.isNull() && !(value.isTextual() && value.asText().isEmpty());
    }

    /** The path's methods, upper case and sorted, with OPTIONS; every method when the path has ANY. */
    private static String methodsOf(OpenApiDoc doc, String path) {
        Set<String> methods = new TreeSet<>();
        for (String method : doc.operations(path, false).keySet()) {
            if (method.equals(OpenApiDoc.ANY)) {
                return ALL_METHODS;
            }
            methods.add(method.toUpperCase(Locale.ROOT));
        }
        methods.add("OPTIONS");
        return String.join(",", methods);
    }
}
