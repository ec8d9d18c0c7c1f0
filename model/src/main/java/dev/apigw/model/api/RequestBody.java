package dev.apigw.model.api;

import dev.apigw.model.Immutable;
import java.util.Map;
import java.util.Optional;

/**
 * A method's request body (OpenAPI 3 shape; Swagger 2 body parameters are converted to it). The content types map
 * to models, which request validators check.
 */
public record RequestBody(
        Optional<String> ref,
        boolean required,
        Map<String, MediaType> content,
        Map<String, Object> documentation) {

    public RequestBody {
        content = Immutable.map(content);
        documentation = Immutable.map(documentation);
    }
}
