package dev.apigw.openapi.iac.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apigw.openapi.convert.Swagger2ToOas3;
import dev.apigw.openapi.json.Json;

/**
 * Puts what member resources define into the API's document. With a {@code Body}, CloudFormation imports the body
 * and then creates the separately declared resources and methods on top, so those are added where the body has
 * nothing at that place (a Swagger 2 body is first converted to the OpenAPI 3 shape the parts are written in).
 */
final class DocumentMerge {
    private static final String[] ROOT_EXTENSIONS = {"x-amazon-apigateway-request-validators",
        "x-amazon-apigateway-gateway-responses"};

    private DocumentMerge() {
    }

    /** A document of only what the members define, for an API without a Body. */
    static ObjectNode standalone(String title, ObjectNode part) {
        ObjectNode doc = Json.JSON.createObjectNode();
        doc.put("openapi", "3.0.1");
        doc.putObject("info").put("title", title).put("version", "1.0");
        return merge(doc, part);
    }

    /** {@code part} merged into {@code doc} (which may be replaced by its OpenAPI 3 form); the body wins. */
    static ObjectNode merge(ObjectNode doc, ObjectNode part) {
        boolean empty = part.path("paths").isEmpty() && !part.has("components")
                && !part.has(ROOT_EXTENSIONS[0]) && !part.has(ROOT_EXTENSIONS[1]);
        if (empty) {
            if (!doc.has("paths")) {
                doc.putObject("paths");
            }
            return doc;
        }
        ObjectNode out = doc.path("swagger").asText("").startsWith("2") ? Swagger2ToOas3.convert(doc) : doc;
        ObjectNode paths = child(out, "paths");
        part.path("paths").fields().forEachRemaining(p -> {
            ObjectNode item = child(paths, p.getKey());
            p.getValue().fields().forEachRemaining(m -> addAbsent(item, m.getKey(), m.getValue()));
        });
        if (part.has("components")) {
            ObjectNode components = child(out, "components");
            part.get("components").fields().forEachRemaining(c -> {
                ObjectNode section = child(components, c.getKey());
                c.getValue().fields().forEachRemaining(e -> addAbsent(section, e.getKey(), e.getValue()));
            });
        }
        for (String key : ROOT_EXTENSIONS) {
            if (part.has(key)) {
                ObjectNode section = child(out, key);
                part.get(key).fields().forEachRemaining(e -> addAbsent(section, e.getKey(), e.getValue()));
            }
        }
        return out;
    }

    private static void addAbsent(ObjectNode into, String key, JsonNode value) {
        if (!into.has(key)) {
            into.set(key, value);
        }
    }

    private static ObjectNode child(ObjectNode parent, String key) {
        JsonNode existing = parent.get(key);
        if (existing instanceof ObjectNode object) {
            return object;
        }
        return parent.putObject(key);
    }
}
