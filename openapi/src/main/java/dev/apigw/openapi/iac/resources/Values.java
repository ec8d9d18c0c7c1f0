package dev.apigw.openapi.iac.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apigw.openapi.json.Json;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Scalar property values as CloudFormation passes them: a parameter's value is always a string (a {@code Number}
 * parameter too), so {@code "true"} and {@code "300"} count as the boolean and the number they spell.
 */
final class Values {
    private Values() {
    }

    static boolean bool(JsonNode value) {
        return optionalBool(value).orElse(false);
    }

    static Optional<Boolean> optionalBool(JsonNode value) {
        if (value.isBoolean()) {
            return Optional.of(value.asBoolean());
        }
        if (value.isTextual()) {
            String text = value.asText().trim().toLowerCase(Locale.ROOT);
            if (text.equals("true") || text.equals("false")) {
                return Optional.of(text.equals("true"));
            }
        }
        return Optional.empty();
    }

    static Optional<Integer> integer(JsonNode value) {
        return decimal(value).flatMap(d -> {
            try {
                return Optional.of(d.intValueExact());
            } catch (ArithmeticException e) {
                return Optional.empty();
            }
        });
    }

    static Optional<Double> number(JsonNode value) {
        return decimal(value).map(BigDecimal::doubleValue);
    }

    static Optional<Long> whole(JsonNode value) {
        return decimal(value).flatMap(d -> {
            try {
                return Optional.of(d.longValueExact());
            } catch (ArithmeticException e) {
                return Optional.empty();
            }
        });
    }

    static Optional<String> text(JsonNode value) {
        return value.isValueNode() && !value.isNull() ? Optional.of(value.asText()) : Optional.empty();
    }

    /** A map of strings (values that are not strings are written as their text). */
    static Map<String, String> textMap(JsonNode value) {
        Map<String, String> out = new LinkedHashMap<>();
        value.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().isValueNode()
                ? e.getValue().asText() : e.getValue().toString()));
        return out;
    }

    /** The same object with every scalar value as a string; unresolved intrinsics stay as written. */
    static ObjectNode textObject(JsonNode value) {
        ObjectNode out = Json.JSON.createObjectNode();
        value.fields().forEachRemaining(e -> {
            if (e.getValue().isValueNode()) {
                out.put(e.getKey(), e.getValue().asText());
            } else {
                out.set(e.getKey(), e.getValue());
            }
        });
        return out;
    }

    static List<String> texts(JsonNode value) {
        List<String> out = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(v -> text(v).ifPresent(out::add));
        } else {
            text(value).ifPresent(out::add);
        }
        return out;
    }

    private static Optional<BigDecimal> decimal(JsonNode value) {
        if (value.isNumber()) {
            return Optional.of(value.decimalValue());
        }
        if (value.isTextual()) {
            try {
                return Optional.of(new BigDecimal(value.asText().trim()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
