package dev.apigw.openapi.iac.v2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apigw.openapi.source.JsonPointers;
import java.util.Optional;

/**
 * One {@code AWS::ApiGatewayV2::*} resource with its properties resolved. Quick create makes resources of its own
 * (the integration, route and stage AWS creates from {@code Target}); those are {@code implied} and every property
 * of theirs is located at the API property they come from.
 *
 * @param pointer {@code /Resources/Id}, or for an implied resource the API property it comes from
 */
record V2Resource(String logicalId, String type, String pointer, ObjectNode properties, boolean implied) {

    static V2Resource declared(String logicalId, String type, ObjectNode properties) {
        return new V2Resource(logicalId, type, JsonPointers.child("/Resources", logicalId), properties, false);
    }

    static V2Resource implied(String logicalId, String type, String at, ObjectNode properties) {
        return new V2Resource(logicalId, type, at, properties, true);
    }

    JsonNode get(String property) {
        return properties.path(property);
    }

    boolean has(String property) {
        return properties.has(property) && !properties.get(property).isNull();
    }

    /** A scalar property as text (numbers and booleans included); empty when absent or not a scalar. */
    Optional<String> text(String property) {
        JsonNode value = properties.get(property);
        return value == null || !value.isValueNode() || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }

    Optional<Boolean> bool(String property) {
        JsonNode value = properties.get(property);
        if (value == null || !value.isValueNode() || value.isNull()) {
            return Optional.empty();
        }
        // CloudFormation passes booleans as "true"/"false" strings when they come from parameters
        return Optional.of(value.isBoolean() ? value.asBoolean() : Boolean.parseBoolean(value.asText()));
    }

    Optional<Integer> integer(String property) {
        JsonNode value = properties.get(property);
        if (value == null || !value.isValueNode() || value.isNull()) {
            return Optional.empty();
        }
        try {
            return Optional.of(value.isNumber() ? value.intValue() : Integer.parseInt(value.asText().trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Where a property sits, for diagnostics; {@code A.B} is property {@code B} inside property {@code A}. */
    String at(String property) {
        if (implied) {
            return pointer;
        }
        String at = JsonPointers.child(pointer, "Properties");
        for (String segment : property.split("\\.")) {
            at = JsonPointers.child(at, segment);
        }
        return at;
    }

    String describe() {
        return type.substring(V2Types.PREFIX.length()) + " '" + logicalId + "'";
    }
}
