package dev.apigw.simulator.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * API Gateway's canonical model reference, {@code https://apigateway.amazonaws.com/restapis/{id}/models/{name}},
 * names another model of the same API. The schema library would fetch that URL; here it becomes a local
 * {@code #/definitions/{name}} reference (the validator puts every model under {@code definitions}).
 */
final class ModelReferences {
    private static final Pattern CANONICAL = Pattern.compile(
            "https?://apigateway\\.amazonaws\\.com/restapis/[^/]+/models/([^/#]+)(#.*)?");

    private ModelReferences() {
    }

    /** Rewrites, in place, every canonical {@code $ref} under {@code node}. */
    static void localise(JsonNode node) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getKey().equals("$ref") && field.getValue().isTextual()) {
                    field.setValue(TextNode.valueOf(local(field.getValue().asText())));
                } else {
                    localise(field.getValue());
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(ModelReferences::localise);
        }
    }

    static String local(String ref) {
        Matcher m = CANONICAL.matcher(ref.trim());
        if (!m.matches()) {
            return ref;
        }
        String fragment = m.group(2) == null ? "" : m.group(2).substring(1);
        return "#/definitions/" + m.group(1) + (fragment.startsWith("/") ? fragment : "");
    }
}
