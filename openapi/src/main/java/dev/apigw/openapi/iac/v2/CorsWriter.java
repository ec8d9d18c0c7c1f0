package dev.apigw.openapi.iac.v2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** The API's {@code CorsConfiguration} as {@code x-amazon-apigateway-cors}: the same six settings, camel-cased. */
final class CorsWriter {
    private static final Map<String, String> NAMES = Map.of("AllowOrigins", "allowOrigins", "AllowCredentials",
            "allowCredentials", "ExposeHeaders", "exposeHeaders", "MaxAge", "maxAge", "AllowMethods", "allowMethods",
            "AllowHeaders", "allowHeaders");
    private static final String[] ORDER = {"AllowOrigins", "AllowCredentials", "ExposeHeaders", "MaxAge",
        "AllowMethods", "AllowHeaders"};

    private CorsWriter() {
    }

    static ObjectNode write(JsonNode cors) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        for (String property : ORDER) {
            JsonNode value = cors.get(property);
            if (value == null || value.isNull()) {
                continue;
            }
            if (property.equals("MaxAge")) {
                maxAge(value).ifPresent(m -> out.put(NAMES.get(property), m));
            } else if (property.equals("AllowCredentials")) {
                out.put(NAMES.get(property), value.isBoolean() ? value.asBoolean()
                        : Boolean.parseBoolean(value.asText()));
            } else {
                out.set(NAMES.get(property), value.deepCopy());
            }
        }
        return out;
    }

    private static java.util.Optional<Integer> maxAge(JsonNode value) {
        if (value.isNumber()) {
            return java.util.Optional.of(value.intValue());
        }
        try {
            return java.util.Optional.of(Integer.parseInt(value.asText().trim()));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty(); // an unresolved parameter: CORS without a max age
        }
    }
}
