package dev.apigw.model.api;

import dev.apigw.model.Immutable;
import java.util.Map;
import java.util.Optional;

/**
 * A method request parameter (OpenAPI 3 shape). A {@code $ref} parameter keeps only {@link #ref()}; resolve it with
 * {@link ApiDefinition#resolve(Parameter)}. {@code documentation} holds the OpenAPI keys the gateway ignores
 * (description, example, style...), kept for a lossless export.
 */
public record Parameter(
        Optional<String> ref,
        String name,
        Optional<ParameterLocation> in,
        boolean required,
        Optional<Map<String, Object>> schema,
        Map<String, Object> documentation) {

    public Parameter {
        name = name == null ? "" : name;
        schema = schema.map(Immutable::map);
        documentation = Immutable.map(documentation);
    }

    public static Parameter of(String name, ParameterLocation in, boolean required) {
        return new Parameter(Optional.empty(), name, Optional.of(in), required,
                Optional.of(Map.of("type", "string")), Map.of());
    }

    public static Parameter reference(String ref) {
        return new Parameter(Optional.of(ref), "", Optional.empty(), false, Optional.empty(), Map.of());
    }

    public boolean isIn(ParameterLocation location) {
        return in.filter(location::equals).isPresent();
    }
}
