package dev.apigw.openapi.convert;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/** Rewrites every {@code $ref} prefix in a tree, e.g. {@code #/definitions/} ⇄ {@code #/components/schemas/}. */
final class RefRewriter {
    private final Map<String, String> prefixes;

    RefRewriter(Map<String, String> prefixes) {
        this.prefixes = prefixes;
    }

    static RefRewriter swaggerToOas3() {
        return new RefRewriter(Map.of(
                "#/definitions/", "#/components/schemas/",
                "#/parameters/", "#/components/parameters/",
                "#/responses/", "#/components/responses/"));
    }

    static RefRewriter oas3ToSwagger() {
        return new RefRewriter(Map.of(
                "#/components/schemas/", "#/definitions/",
                "#/components/parameters/", "#/parameters/",
                "#/components/responses/", "#/responses/"));
    }

    void rewrite(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual()) {
                for (Map.Entry<String, String> e : prefixes.entrySet()) {
                    if (ref.asText().startsWith(e.getKey())) {
                        object.put("$ref", e.getValue() + ref.asText().substring(e.getKey().length()));
                        break;
                    }
                }
            }
        }
        if (node.isContainerNode()) {
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                rewrite(it.next());
            }
        }
    }
}
