package dev.apigw.model.diff;

import dev.apigw.model.api.ApiDefinition;
import dev.apigw.model.api.Authorizer;
import dev.apigw.model.api.Method;
import dev.apigw.model.api.SecurityRequirement;
import dev.apigw.model.api.SecurityScheme;
import dev.apigw.model.api.TextValue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a caller must present to a method, as API Gateway enforces it: the authorization mechanisms (an authorizer by
 * name, or AWS_IAM), each authorizer's settings, the required scopes, and whether an API key is required. Security
 * schemes API Gateway ignores (plain OAuth2 without an authorizer) do not count.
 *
 * @param mechanisms {@code AWS_IAM} or {@code authorizer NAME}
 * @param settings per authorizer mechanism, the settings that decide who gets in
 */
record AuthView(Set<String> mechanisms, Map<String, Map<String, String>> settings, Set<String> scopes,
        boolean apiKeyRequired) {

    static AuthView of(ApiDefinition api, Method method) {
        Set<String> mechanisms = new TreeSet<>();
        Map<String, Map<String, String>> settings = new LinkedHashMap<>();
        Set<String> scopes = new TreeSet<>();
        boolean apiKey = false;
        for (SecurityRequirement requirement : api.securityOf(method)) {
            for (Map.Entry<String, java.util.List<String>> entry : requirement.schemes().entrySet()) {
                SecurityScheme scheme = api.securitySchemes().get(entry.getKey());
                if (scheme == null) {
                    continue;
                }
                if (scheme.isApiKey()) {
                    apiKey = true;
                } else if (scheme.isIam()) {
                    mechanisms.add("AWS_IAM");
                } else if (scheme.authorizer().isPresent()) {
                    String name = "authorizer " + scheme.name();
                    mechanisms.add(name);
                    settings.put(name, settings(scheme.authorizer().get()));
                    scopes.addAll(entry.getValue());
                }
            }
        }
        method.auth().filter(a -> a.type().equalsIgnoreCase("AWS_IAM")).ifPresent(a -> mechanisms.add("AWS_IAM"));
        return new AuthView(mechanisms, settings, scopes, apiKey);
    }

    boolean open() {
        return mechanisms.isEmpty();
    }

    String describe() {
        return open() ? "none" : String.join(" or ", mechanisms);
    }

    private static Map<String, String> settings(Authorizer authorizer) {
        Map<String, String> s = new LinkedHashMap<>();
        authorizer.type().ifPresent(t -> s.put("type", t.toString()));
        authorizer.authorizerUri().map(TextValue::display).ifPresent(v -> s.put("authorizerUri", v));
        authorizer.identitySource().ifPresent(v -> s.put("identitySource", v));
        authorizer.identityValidationExpression().ifPresent(v -> s.put("identityValidationExpression", v));
        if (!authorizer.providerARNs().isEmpty()) {
            s.put("providerARNs", authorizer.providerARNs().stream().map(TextValue::display).toList().toString());
        }
        authorizer.jwtConfiguration().ifPresent(j -> {
            j.issuer().map(TextValue::display).ifPresent(v -> s.put("issuer", v));
            s.put("audience", j.audience().stream().map(TextValue::display).toList().toString());
        });
        authorizer.enableSimpleResponses().ifPresent(v -> s.put("enableSimpleResponses", v.toString()));
        authorizer.authorizerPayloadFormatVersion().ifPresent(v -> s.put("authorizerPayloadFormatVersion", v));
        return s;
    }
}
