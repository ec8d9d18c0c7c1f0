package dev.apigw.openapi.iac.sam;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/** Numbers and booleans as templates write them: CloudFormation parameters turn every value into a string. */
final class Numbers {
    private Numbers() {
    }

    static Optional<Double> decimal(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return Optional.empty();
        }
        if (value.isNumber()) {
            return Optional.of(value.asDouble());
        }
        try {
            return value.isTextual() ? Optional.of(Double.parseDouble(value.asText().trim())) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static Optional<Integer> integer(JsonNode value) {
        return decimal(value).map(Double::intValue);
    }

    static Optional<Long> whole(JsonNode value) {
        return decimal(value).map(Double::longValue);
    }

    /** {@code true}/{@code false}, also written as strings. */
    static Optional<Boolean> bool(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return Optional.empty();
        }
        if (value.isBoolean()) {
            return Optional.of(value.asBoolean());
        }
        String text = value.asText("").trim();
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Optional.of(Boolean.parseBoolean(text));
        }
        return Optional.empty();
    }
}
