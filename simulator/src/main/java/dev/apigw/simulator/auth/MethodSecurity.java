package dev.apigw.simulator.auth;

import dev.apigw.model.api.ApiDefinition;
import dev.apigw.model.api.AuthorizerType;
import dev.apigw.model.api.Method;
import dev.apigw.model.api.SecurityRequirement;
import dev.apigw.model.api.SecurityScheme;
import dev.apigw.model.api.Resource;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * How API Gateway reads a method's OpenAPI security: an {@code apiKey} scheme without an authorizer makes the API key
 * required; any other scheme is the method's authorizer (a Lambda authorizer, Cognito, JWT, or IAM through
 * {@code x-amazon-apigateway-authtype: awsSigv4}), with the requirement's scopes as its authorization scopes.
 */
public record MethodSecurity(Optional<Requirement> authorizer, boolean apiKeyRequired) {

    /** The method's authorizer: the scheme (named as in the document), its kind, and the scopes asked for. */
    public record Requirement(String schemeName, SecurityScheme scheme, Kind kind, List<String> scopes) {
        public Requirement {
            scopes = List.copyOf(scopes);
        }
    }

    /** The authorization kinds; each is served by one {@link MethodAuthorizer}. */
    public enum Kind {
        LAMBDA, COGNITO_USER_POOLS, JWT, IAM
    }

    public static MethodSecurity none() {
        return new MethodSecurity(Optional.empty(), false);
    }

    /**
     * Every method's security, read once: handlers look a method up per request instead of walking the security
     * requirements again (methods are compared by identity, records of a whole method being costly to hash).
     */
    public static Function<Method, MethodSecurity> indexed(ApiDefinition api) {
        Map<Method, MethodSecurity> index = new IdentityHashMap<>();
        for (Resource resource : api.resources()) {
            for (Method method : resource.methods()) {
                index.put(method, of(api, method));
            }
        }
        return method -> {
            MethodSecurity known = index.get(method);
            return known != null ? known : of(api, method);
        };
    }

    public static MethodSecurity of(ApiDefinition api, Method method) {
        Optional<Requirement> authorizer = Optional.empty();
        boolean apiKey = false;
        for (SecurityRequirement requirement : api.securityOf(method)) {
            for (Map.Entry<String, List<String>> entry : requirement.schemes().entrySet()) {
                SecurityScheme scheme = api.securitySchemes().get(entry.getKey());
                if (scheme == null) {
                    continue;
                }
                if (scheme.isApiKey()) {
                    apiKey = true;
                } else if (authorizer.isEmpty()) {
                    authorizer = kindOf(scheme).map(k -> new Requirement(entry.getKey(), scheme, k, entry.getValue()));
                }
            }
        }
        return new MethodSecurity(authorizer, apiKey);
    }

    static Optional<Kind> kindOf(SecurityScheme scheme) {
        if (scheme.isIam()) {
            return Optional.of(Kind.IAM);
        }
        Optional<AuthorizerType> type = scheme.authorizer().flatMap(a -> a.type());
        if (type.isEmpty()) {
            return scheme.authType().filter(t -> t.equalsIgnoreCase("cognito_user_pools"))
                    .map(t -> Kind.COGNITO_USER_POOLS);
        }
        return Optional.of(switch (type.get()) {
            case TOKEN, REQUEST -> Kind.LAMBDA;
            case COGNITO_USER_POOLS -> Kind.COGNITO_USER_POOLS;
            case JWT -> Kind.JWT;
        });
    }
}
