package dev.apigw.model.api;

import dev.apigw.model.Immutable;
import java.util.Map;
import java.util.Optional;

/**
 * A security scheme (OpenAPI 3 shape; Swagger 2 securityDefinitions are converted). API Gateway reads
 * {@code apiKey} schemes named for the API key, and {@code x-amazon-apigateway-authorizer} / {@code -authtype} for
 * authorizers and IAM. {@code documentation} holds type-specific keys (flows, scheme, description...).
 */
public record SecurityScheme(
        String name,
        String type,
        Optional<String> parameterName,
        Optional<String> in,
        Optional<String> authType,
        Optional<Authorizer> authorizer,
        Map<String, Object> documentation,
        Map<String, Object> unknownExtensions) {

    public SecurityScheme {
        documentation = Immutable.map(documentation);
        unknownExtensions = Immutable.map(unknownExtensions);
    }

    /** An {@code apiKey} scheme without an authorizer is API Gateway's API-key requirement. */
    public boolean isApiKey() {
        return authorizer.isEmpty() && "apiKey".equals(type) && authType.isEmpty();
    }

    public boolean isIam() {
        return authType.filter(t -> t.equalsIgnoreCase("awsSigv4")).isPresent();
    }
}
