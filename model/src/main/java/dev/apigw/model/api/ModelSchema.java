package dev.apigw.model.api;

import dev.apigw.model.Immutable;
import java.util.Map;
import java.util.Optional;

/** A named model: a JSON schema under {@code components/schemas} (Swagger 2 {@code definitions}). */
public record ModelSchema(String name, Map<String, Object> schema) {

    public static final String OAS3_PREFIX = "#/components/schemas/";
    public static final String SWAGGER_PREFIX = "#/definitions/";

    public ModelSchema {
        schema = Immutable.map(schema);
    }

    public static Optional<String> nameFromRef(Object ref) {
        if (!(ref instanceof String text)) {
            return Optional.empty();
        }
        for (String prefix : new String[] {OAS3_PREFIX, SWAGGER_PREFIX}) {
            if (text.startsWith(prefix)) {
                return Optional.of(text.substring(prefix.length()));
            }
        }
        return Optional.empty();
    }
}
