package dev.apigw.openapi.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apigw.model.api.Authorizer;
import dev.apigw.model.api.AuthorizerType;
import dev.apigw.model.api.JwtConfiguration;
import java.util.Optional;
import java.util.Set;

/** Reads {@code x-amazon-apigateway-authorizer} on a security scheme. */
final class AuthorizerReader {
    private static final Set<String> KNOWN = Set.of("type", "authorizerUri", "authorizerCredentials",
            "identitySource", "identityValidationExpression", "authorizerResultTtlInSeconds", "providerARNs",
            "jwtConfiguration", "authorizerPayloadFormatVersion", "enableSimpleResponses");

    private final ReadContext ctx;

    AuthorizerReader(ReadContext ctx) {
        this.ctx = ctx;
    }

    Optional<Authorizer> read(JsonNode node, String pointer) {
        if (!(node instanceof ObjectNode obj)) {
            ctx.invalid(pointer, "x-amazon-apigateway-authorizer must be an object");
            return Optional.empty();
        }
        Optional<AuthorizerType> type = ctx.string(obj, "type", pointer).flatMap(t -> {
            Optional<AuthorizerType> parsed = AuthorizerType.parse(t);
            if (parsed.isEmpty()) {
                ctx.invalid(Pointer.child(pointer, "type"), "unknown authorizer type '" + t
                        + "'; use token, request, cognito_user_pools or jwt");
            }
            return parsed;
        });
        Optional<JwtConfiguration> jwt = ctx.object(obj, "jwtConfiguration", pointer).map(j -> {
            String p = Pointer.child(pointer, "jwtConfiguration");
            ctx.unknownProperties(j, Set.of("issuer", "audience"), p, "jwtConfiguration");
            return new JwtConfiguration(ctx.text(j, "issuer", p), ctx.textList(j, "audience", p));
        });
        return Optional.of(new Authorizer(type, ctx.text(obj, "authorizerUri", pointer),
                ctx.text(obj, "authorizerCredentials", pointer), ctx.string(obj, "identitySource", pointer),
                ctx.string(obj, "identityValidationExpression", pointer),
                ctx.integer(obj, "authorizerResultTtlInSeconds", pointer),
                ctx.textList(obj, "providerARNs", pointer), jwt,
                ctx.string(obj, "authorizerPayloadFormatVersion", pointer),
                ctx.bool(obj, "enableSimpleResponses", pointer),
                ctx.unknownProperties(obj, KNOWN, pointer, "x-amazon-apigateway-authorizer")));
    }
}
