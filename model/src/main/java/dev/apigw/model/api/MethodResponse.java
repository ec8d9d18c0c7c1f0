package dev.apigw.model.api;

import dev.apigw.model.Immutable;
import java.util.Map;
import java.util.Optional;

/** A declared method response: status, headers (OpenAPI header objects) and content types with their models. */
public record MethodResponse(
        String statusCode,
        Optional<String> ref,
        Map<String, Map<String, Object>> headers,
        Map<String, MediaType> content,
        Map<String, Object> documentation) {

    public MethodResponse {
        headers = Immutable.map(headers);
        content = Immutable.map(content);
        documentation = Immutable.map(documentation);
    }
}
