package dev.apigw.openapi.iac.v2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An {@code AWS::ApiGatewayV2::Authorizer} of an HTTP API as the security scheme AWS's export writes for it, named
 * by the authorizer's {@code Name} (so {@code apigw.yaml}'s {@code authorizers:} entries use that name): a JWT
 * authorizer as an {@code oauth2} scheme, a Lambda (REQUEST) authorizer as an {@code apiKey} scheme, each with its
 * {@code x-amazon-apigateway-authorizer}.
 */
final class HttpAuthorizerWriter {
    private static final PropertyRules RULES = new PropertyRules(Set.of("AuthorizerType", "AuthorizerUri",
            "IdentitySource", "JwtConfiguration", "AuthorizerPayloadFormatVersion", "EnableSimpleResponses",
            "AuthorizerResultTtlInSeconds", "AuthorizerCredentialsArn"),
            Map.of("IdentityValidationExpression", "HTTP API authorizers do not validate the identity with an"
                    + " expression (REST TOKEN authorizers do)"));
    private static final String DEFAULT_JWT_SOURCE = "$request.header.Authorization";

    /** @param type {@code JWT} or {@code REQUEST} */
    record Scheme(String name, String type, ObjectNode node) {
    }

    private final Findings findings;

    HttpAuthorizerWriter(Findings findings) {
        this.findings = findings;
    }

    Optional<Scheme> write(V2Resource authorizer) {
        RULES.check(authorizer, findings);
        String name = authorizer.text("Name").orElse(authorizer.logicalId());
        String type = authorizer.text("AuthorizerType").orElse("").toUpperCase(Locale.ROOT);
        List<String> sources = sources(authorizer.get("IdentitySource"));
        ObjectNode scheme = JsonNodeFactory.instance.objectNode();
        ObjectNode extension = JsonNodeFactory.instance.objectNode();
        if (type.equals("JWT")) {
            scheme.put("type", "oauth2");
            scheme.putObject("flows");
            extension.put("type", "jwt");
            extension.put("identitySource", sources.isEmpty() ? DEFAULT_JWT_SOURCE : String.join(", ", sources));
            ObjectNode jwt = extension.putObject("jwtConfiguration");
            JsonNode config = authorizer.get("JwtConfiguration");
            if (config.path("Issuer").isValueNode()) {
                jwt.put("issuer", config.get("Issuer").asText());
            } else if (!config.path("Issuer").isMissingNode()) {
                jwt.set("issuer", config.get("Issuer").deepCopy());
            }
            ArrayNode audience = jwt.putArray("audience");
            config.path("Audience").forEach(a -> audience.add(a.deepCopy()));
            if (!config.has("Issuer")) {
                findings.invalid(authorizer, "JwtConfiguration", "a JWT authorizer needs JwtConfiguration.Issuer",
                        "give the token issuer, e.g. https://cognito-idp.REGION.amazonaws.com/POOL_ID");
            }
        } else if (type.equals("REQUEST")) {
            scheme.put("type", "apiKey");
            scheme.put("name", sources.stream().filter(s -> s.startsWith("$request.header."))
                    .map(s -> s.substring("$request.header.".length())).findFirst().orElse("Unused"));
            scheme.put("in", "header");
            extension.put("type", "request");
            JsonNode uri = authorizer.get("AuthorizerUri");
            if (uri.isTextual()) {
                extension.put("authorizerUri", LambdaUris.invocationUri(uri.asText()));
            } else if (!uri.isMissingNode()) {
                extension.set("authorizerUri", uri.deepCopy());
            } else {
                findings.invalid(authorizer, "AuthorizerUri", "a Lambda authorizer needs AuthorizerUri",
                        "give the function's invocation URI");
            }
            if (!sources.isEmpty()) {
                extension.put("identitySource", String.join(", ", sources));
            }
            authorizer.text("AuthorizerPayloadFormatVersion").ifPresentOrElse(
                    v -> extension.put("authorizerPayloadFormatVersion", v),
                    () -> findings.note(authorizer, "AuthorizerPayloadFormatVersion", "no"
                            + " AuthorizerPayloadFormatVersion, which HTTP API Lambda authorizers require"));
            authorizer.bool("EnableSimpleResponses").ifPresent(b -> extension.put("enableSimpleResponses", b));
            authorizer.integer("AuthorizerResultTtlInSeconds")
                    .ifPresent(t -> extension.put("authorizerResultTtlInSeconds", t));
            authorizer.text("AuthorizerCredentialsArn").ifPresent(c -> extension.put("authorizerCredentials", c));
        } else {
            findings.invalid(authorizer, "AuthorizerType", "AuthorizerType '" + type + "' is not one HTTP APIs have",
                    "use JWT or REQUEST (a Lambda authorizer)");
            return Optional.empty();
        }
        scheme.set("x-amazon-apigateway-authorizer", extension);
        return Optional.of(new Scheme(name, type, scheme));
    }

    /** {@code IdentitySource} is a list in CloudFormation; a single string is accepted too. */
    static List<String> sources(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(s -> out.add(s.asText().trim()));
        } else if (node.isTextual()) {
            for (String s : node.asText().split(",")) {
                if (!s.isBlank()) {
                    out.add(s.trim());
                }
            }
        }
        return out;
    }
}
