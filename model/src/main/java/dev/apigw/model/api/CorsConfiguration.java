package dev.apigw.model.api;

import java.util.List;
import java.util.Optional;

/** {@code x-amazon-apigateway-cors} of HTTP APIs. Absent lists are empty Optionals, so export writes what was read. */
public record CorsConfiguration(
        Optional<List<String>> allowOrigins,
        Optional<Boolean> allowCredentials,
        Optional<List<String>> exposeHeaders,
        Optional<Integer> maxAge,
        Optional<List<String>> allowMethods,
        Optional<List<String>> allowHeaders) {

    public CorsConfiguration {
        allowOrigins = allowOrigins.map(List::copyOf);
        exposeHeaders = exposeHeaders.map(List::copyOf);
        allowMethods = allowMethods.map(List::copyOf);
        allowHeaders = allowHeaders.map(List::copyOf);
    }
}
