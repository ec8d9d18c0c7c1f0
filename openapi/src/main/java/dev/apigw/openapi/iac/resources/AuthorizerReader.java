package dev.apigw.openapi.iac.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apigw.openapi.json.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code AWS::ApiGateway::Authorizer}s as security schemes with {@code x-amazon-apigateway-authorizer}, the way
 * get-export writes them: named by the authorizer's {@code Name}; a TOKEN or Cognito authorizer as an
 * {@code apiKey} scheme on the header its identity source names; a REQUEST authorizer with its identity sources
 * (and the scheme's header name {@code Unused}, as AWS writes it).
 */
final class AuthorizerReader {
    private static final Set<String> KNOWN = Set.of("AuthType", "AuthorizerCredentials",
            "AuthorizerResultTtlInSeconds", "AuthorizerUri", "IdentitySource", "IdentityValidationExpression", "Name",
            "ProviderARNs", "RestApiId", "Type");
    private static final String HEADER = "method.request.header.";

    /** How a method refers to an authorizer: the security scheme's name and the authorizer's type. */
    record Scheme(String name, String type) {
        boolean cognito() {
            return type.equals("COGNITO_USER_POOLS");
        }
    }

    private final TemplateView view;
    private final Findings findings;

    AuthorizerReader(TemplateView view, Findings findings) {
        this.view = view;
        this.findings = findings;
    }

    /** Adds the authorizers' schemes to {@code components}; returns each one's scheme by logical id. */
    Map<String, Scheme> read(List<String> authorizers, Components components) {
        Map<String, Scheme> schemes = new LinkedHashMap<>();
        for (String id : authorizers) {
            JsonNode properties = view.properties(id);
            findings.unknownProperties(id, properties, KNOWN, "");
            Optional<String> type = view.text(id, "Type").map(t -> t.toUpperCase(Locale.ROOT));
            if (type.isEmpty() || !Set.of("TOKEN", "REQUEST", "COGNITO_USER_POOLS").contains(type.get())) {
                findings.error(id, "Type", "Type must be TOKEN, REQUEST or COGNITO_USER_POOLS"
                        + type.map(t -> ", not " + t).orElse(""), "write Type: TOKEN");
                continue;
            }
            String name = view.text(id, "Name").filter(n -> !n.isBlank()).orElse(id);
            if (components.securitySchemes().has(name)) {
                findings.invalid(id, "Name", "the security scheme name '" + name + "' is taken; the scheme is "
                        + "named '" + id + "' instead", "give each authorizer its own Name");
                name = id;
            }
            components.securitySchemes().set(name, scheme(id, type.get(), properties));
            schemes.put(id, new Scheme(name, type.get()));
        }
        return schemes;
    }

    private ObjectNode scheme(String id, String type, JsonNode properties) {
        ObjectNode scheme = Json.JSON.createObjectNode();
        Optional<String> identity = view.text(id, "IdentitySource").filter(s -> !s.isBlank());
        String header = identity.filter(s -> s.startsWith(HEADER)).map(s -> s.substring(HEADER.length()))
                .orElse("Authorization");
        scheme.put("type", "apiKey").put("name", type.equals("REQUEST") ? "Unused" : header).put("in", "header");
        scheme.put("x-amazon-apigateway-authtype", view.text(id, "AuthType")
                .orElse(type.equals("COGNITO_USER_POOLS") ? "cognito_user_pools" : "custom"));
        ObjectNode authorizer = scheme.putObject("x-amazon-apigateway-authorizer");
        authorizer.put("type", type.toLowerCase(Locale.ROOT));
        if (type.equals("COGNITO_USER_POOLS")) {
            JsonNode arns = properties.path("ProviderARNs");
            if (!arns.isArray() || arns.isEmpty()) {
                findings.error(id, "ProviderARNs", "a COGNITO_USER_POOLS authorizer needs ProviderARNs",
                        "write ProviderARNs: [!GetAtt MyUserPool.Arn]");
            }
            authorizer.set("providerARNs", arns.isArray() ? arns : authorizer.arrayNode());
        } else {
            copy(properties, "AuthorizerUri", authorizer, "authorizerUri");
            if (!properties.has("AuthorizerUri")) {
                findings.error(id, "AuthorizerUri", "a " + type + " authorizer needs an AuthorizerUri",
                        "write the Lambda invocation URI of the authorizer function");
            }
            copy(properties, "AuthorizerCredentials", authorizer, "authorizerCredentials");
        }
        if (!type.equals("TOKEN")) {
            // a TOKEN authorizer's one header is the scheme's name; the others list their sources
            identity.ifPresent(s -> authorizer.put("identitySource", s));
        }
        if (type.equals("TOKEN") && identity.isPresent() && !identity.get().startsWith(HEADER)) {
            findings.invalid(id, "IdentitySource", "a TOKEN authorizer reads a header (method.request.header.X), not "
                    + identity.get(), "write IdentitySource: method.request.header.Authorization");
        }
        view.text(id, "IdentityValidationExpression").ifPresent(e -> authorizer.put("identityValidationExpression", e));
        Values.integer(properties.path("AuthorizerResultTtlInSeconds"))
                .ifPresent(ttl -> authorizer.put("authorizerResultTtlInSeconds", ttl));
        return scheme;
    }

    private static void copy(JsonNode from, String property, ObjectNode to, String key) {
        JsonNode value = from.get(property);
        if (value != null && !value.isNull()) {
            to.set(key, value);
        }
    }
}
