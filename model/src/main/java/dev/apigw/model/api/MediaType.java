package dev.apigw.model.api;

import dev.apigw.model.Immutable;
import java.util.Map;
import java.util.Optional;

/** One content entry of a request body or response: its schema plus documentation keys (examples...). */
public record MediaType(Optional<Map<String, Object>> schema, Map<String, Object> documentation) {

    public MediaType {
        schema = schema.map(Immutable::map);
        documentation = Immutable.map(documentation);
    }

    /** The model name when the schema is {@code $ref: '#/components/schemas/Name'} (or the Swagger 2 form). */
    public Optional<String> modelName() {
        return schema.flatMap(s -> ModelSchema.nameFromRef(s.get("$ref")));
    }
}
