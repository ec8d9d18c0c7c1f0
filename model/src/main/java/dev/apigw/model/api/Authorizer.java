package dev.apigw.model.api;

import dev.apigw.model.Immutable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code x-amazon-apigateway-authorizer} on a security scheme. */
public record Authorizer(
        Optional<AuthorizerType> type,
        Optional<TextValue> authorizerUri,
        Optional<TextValue> authorizerCredentials,
        Optional<String> identitySource,
        Optional<String> identityValidationExpression,
        Optional<Integer> authorizerResultTtlInSeconds,
        List<TextValue> providerARNs,
        Optional<JwtConfiguration> jwtConfiguration,
        Optional<String> authorizerPayloadFormatVersion,
        Optional<Boolean> enableSimpleResponses,
        Map<String, Object> unknownProperties) {

    /** AWS's default cache TTL for Lambda authorizers when none is given. */
    public static final int DEFAULT_TTL_SECONDS = 300;

    public Authorizer {
        providerARNs = Immutable.list(providerARNs);
        unknownProperties = Immutable.map(unknownProperties);
    }
}
