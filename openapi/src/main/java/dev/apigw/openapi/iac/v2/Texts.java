package dev.apigw.openapi.iac.v2;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apigw.model.api.TextValue;
import dev.apigw.openapi.json.Json;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Resolved property values as the model's text values: a string, or an intrinsic kept as written. */
final class Texts {
    private Texts() {
    }

    static Optional<TextValue> of(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return Optional.empty();
        }
        if (node.isObject()) {
            return Optional.of(new TextValue.Intrinsic(Json.plainObject(node)));
        }
        return Optional.of(TextValue.of(node.asText()));
    }

    static Map<String, TextValue> map(JsonNode node) {
        Map<String, TextValue> out = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> of(e.getValue()).ifPresent(v -> out.put(e.getKey(), v)));
        return out;
    }

    static Map<String, String> strings(JsonNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().isValueNode()
                ? e.getValue().asText() : e.getValue().toString()));
        return out;
    }
}
