package dev.apigw.cli.routes;

import dev.apigw.model.api.ApiDefinition;
import dev.apigw.model.api.ApiType;
import dev.apigw.model.api.Authorizer;
import dev.apigw.model.api.Method;
import dev.apigw.model.api.SecurityScheme;
import dev.apigw.model.api.TextValue;
import dev.apigw.simulator.auth.MethodSecurity;
import java.util.ArrayList;
import java.util.List;

/**
 * How a method is protected, in API Gateway's own terms: its {@code authorizationType} (NONE, AWS_IAM, CUSTOM,
 * COGNITO_USER_POOLS, JWT), the authorizer (the security scheme's name), the scopes asked for and whether an API
 * key is required. Read through the simulator's {@link MethodSecurity} so that it shows what the simulator enforces.
 *
 * @param authorizer the security scheme naming the authorizer, or null when there is none
 * @param authorizerType TOKEN, REQUEST, COGNITO_USER_POOLS, JWT, or null
 */
public record MethodAuth(String authorizationType, String authorizer, String authorizerType, List<String> scopes,
        boolean apiKeyRequired, List<String> authorizerDetails) {

    public MethodAuth {
        scopes = List.copyOf(scopes);
        authorizerDetails = List.copyOf(authorizerDetails);
    }

    public static MethodAuth of(ApiDefinition api, Method method) {
        MethodSecurity security = MethodSecurity.of(api, method);
        boolean routeIam = method.auth().or(() -> api.settings().auth())
                .filter(a -> "AWS_IAM".equalsIgnoreCase(a.type())).isPresent();
        if (security.authorizer().isEmpty()) {
            return new MethodAuth(routeIam ? "AWS_IAM" : "NONE", null, null, List.of(), security.apiKeyRequired(),
                    List.of());
        }
        MethodSecurity.Requirement requirement = security.authorizer().get();
        String type = switch (requirement.kind()) {
            case LAMBDA -> "CUSTOM";
            case COGNITO_USER_POOLS -> "COGNITO_USER_POOLS";
            case JWT -> "JWT";
            case IAM -> "AWS_IAM";
        };
        if (requirement.kind() == MethodSecurity.Kind.IAM) {
            return new MethodAuth(type, null, null, List.of(), security.apiKeyRequired(), List.of());
        }
        SecurityScheme scheme = requirement.scheme();
        String authorizerType = scheme.authorizer().flatMap(Authorizer::type).map(Enum::name)
                .orElse(requirement.kind() == MethodSecurity.Kind.COGNITO_USER_POOLS ? "COGNITO_USER_POOLS" : null);
        return new MethodAuth(type, requirement.schemeName(), authorizerType, requirement.scopes(),
                security.apiKeyRequired(), details(scheme, api.type()));
    }

    /** One line per authorizer setting that matters when debugging a 401/403. */
    private static List<String> details(SecurityScheme scheme, ApiType apiType) {
        List<String> lines = new ArrayList<>();
        scheme.authorizer().ifPresent(a -> {
            a.identitySource().ifPresent(s -> lines.add("identity source: " + s));
            a.identityValidationExpression().ifPresent(s -> lines.add("identity validation: " + s));
            a.authorizerUri().ifPresent(u -> lines.add("authorizer uri: " + u.display()));
            if (!a.providerARNs().isEmpty()) {
                lines.add("user pools: " + String.join(", ", a.providerARNs().stream().map(TextValue::display)
                        .toList()));
            }
            a.jwtConfiguration().ifPresent(j -> {
                j.issuer().ifPresent(i -> lines.add("issuer: " + i.display()));
                lines.add("audience: " + String.join(", ", j.audience().stream().map(TextValue::display).toList()));
            });
            a.authorizerPayloadFormatVersion().ifPresent(v -> lines.add("payload format: " + v));
            a.enableSimpleResponses().ifPresent(v -> lines.add("simple responses: " + v));
            if (a.type().isPresent() && !"COGNITO_USER_POOLS".equals(a.type().get().name())
                    && !"JWT".equals(a.type().get().name())) {
                lines.add("result ttl: " + a.authorizerResultTtlInSeconds().orElse(
                        apiType == ApiType.HTTP ? 0 : Authorizer.DEFAULT_TTL_SECONDS) + " s");
            }
        });
        return lines;
    }

    /** A short form for one line of {@code apigw routes}: {@code CUSTOM(bearer) +api-key}. */
    public String summary() {
        StringBuilder sb = new StringBuilder(authorizationType);
        if (authorizer != null) {
            sb.append('(').append(authorizer).append(')');
        }
        if (!scopes.isEmpty()) {
            sb.append(" scopes=").append(String.join(",", scopes));
        }
        if (apiKeyRequired) {
            sb.append(" +api-key");
        }
        return sb.toString();
    }
}
