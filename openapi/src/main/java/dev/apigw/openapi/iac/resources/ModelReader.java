package dev.apigw.openapi.iac.resources;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.apigw.openapi.json.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code AWS::ApiGateway::Model}s as {@code components.schemas}, named by {@code Name} (else the logical id, which
 * is what a local run calls the name CloudFormation would generate). The {@code Schema} is an object or a JSON
 * string; references between models, written as API Gateway's model URLs
 * ({@code https://apigateway.amazonaws.com/restapis/{id}/models/{name}}), become {@code #/components/schemas/name},
 * as get-export writes them, and the draft-4 {@code $schema} key is left out.
 */
final class ModelReader {
    private static final Set<String> KNOWN = Set.of("ContentType", "Description", "Name", "RestApiId", "Schema");
    private static final Pattern MODEL_URL = Pattern.compile("^https?://apigateway\\.[^/]+/restapis/[^/]+/models/"
            + "([^/?#]+)$");

    private final TemplateView view;
    private final Findings findings;

    ModelReader(TemplateView view, Findings findings) {
        this.view = view;
        this.findings = findings;
    }

    /** Adds the models to {@code components} and returns each one's name by logical id. */
    Map<String, String> read(List<String> models, Components components) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String id : models) {
            findings.unknownProperties(id, view.properties(id), KNOWN, "");
            String name = view.text(id, "Name").filter(n -> !n.isBlank()).orElse(id);
            if (components.schemas().has(name)) {
                findings.invalid(id, "Name", "another model of this API is already named '" + name
                        + "'; API Gateway would refuse the second", "give each model its own Name");
                continue;
            }
            names.put(id, name);
            components.schemas().set(name, schema(id));
        }
        return names;
    }

    private JsonNode schema(String id) {
        JsonNode schema = view.properties(id).path("Schema");
        if (schema.isTextual()) {
            try {
                schema = Json.JSON.readTree(schema.asText());
            } catch (JsonProcessingException e) {
                findings.error(id, "Schema", "Schema is a string but not JSON: " + e.getOriginalMessage(),
                        "write the JSON schema as an object, or as a JSON string");
                return Json.JSON.createObjectNode();
            }
        }
        if (!schema.isObject()) {
            if (!schema.isMissingNode()) {
                findings.error(id, "Schema", "Schema must be a JSON schema object", "write Schema: {type: object}");
            }
            return Json.JSON.createObjectNode();
        }
        ObjectNode out = (ObjectNode) modelRefs(schema);
        // API Gateway models are JSON Schema draft 4 documents; an OpenAPI 3.0 schema object has no $schema
        out.remove("$schema");
        return out;
    }

    private static JsonNode modelRefs(JsonNode node) {
        if (node.isObject()) {
            ObjectNode out = Json.JSON.createObjectNode();
            node.fields().forEachRemaining(e -> {
                Matcher url = e.getKey().equals("$ref") && e.getValue().isTextual()
                        ? MODEL_URL.matcher(e.getValue().asText()) : null;
                out.set(e.getKey(), url != null && url.matches()
                        ? TextNode.valueOf(Components.SCHEMA_REF + url.group(1)) : modelRefs(e.getValue()));
            });
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = Json.JSON.createArrayNode();
            node.forEach(item -> out.add(modelRefs(item)));
            return out;
        }
        return node;
    }
}
