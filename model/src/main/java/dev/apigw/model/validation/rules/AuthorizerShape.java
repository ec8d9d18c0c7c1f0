package dev.apigw.model.validation.rules;

import dev.apigw.model.api.Authorizer;
import dev.apigw.model.api.AuthorizerType;
import dev.apigw.model.api.SecurityScheme;
import dev.apigw.model.validation.Category;
import dev.apigw.model.validation.Findings;
import dev.apigw.model.validation.Pointers;
import dev.apigw.model.validation.Rule;
import dev.apigw.model.validation.RuleInfo;
import dev.apigw.model.validation.ValidationContext;
import java.util.regex.Pattern;

/** APIGW006: authorizers missing what their type needs. */
public final class AuthorizerShape implements Rule {
    static final int MAX_TTL = 3600;
    private static final Pattern HEADER_SOURCE = Pattern.compile("method\\.request\\.header\\.[^\\s,]+");

    static final RuleInfo INFO = RuleInfo.error("APIGW006", Category.STRUCTURE,
            "Authorizer lacks what its type requires",
            "TOKEN and REQUEST authorizers need `authorizerUri`, a TOKEN authorizer one header as "
                    + "`identitySource`, Cognito authorizers `providerARNs`, JWT authorizers "
                    + "`jwtConfiguration.issuer`; the result TTL is 0–3600 s. AWS rejects the authorizer otherwise.",
            "`type: token` without `authorizerUri`", "add the missing property for this authorizer type");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ValidationContext context, Findings findings) {
        for (SecurityScheme scheme : context.api().securitySchemes().values()) {
            if (scheme.authorizer().isEmpty()) {
                continue;
            }
            Authorizer a = scheme.authorizer().get();
            String pointer = Pointers.child(Pointers.child("/components/securitySchemes", scheme.name()),
                    "x-amazon-apigateway-authorizer");
            String name = "authorizer '" + scheme.name() + "'";
            if (a.type().isEmpty()) {
                findings.at(pointer, name + " has no type", "add type: token, request, cognito_user_pools or jwt");
                continue;
            }
            AuthorizerType type = a.type().get();
            switch (type) {
                case TOKEN, REQUEST -> {
                    if (a.authorizerUri().isEmpty()) {
                        findings.at(pointer, name + " (" + type.exportName() + ") has no authorizerUri",
                                "set authorizerUri to the Lambda function's invocation URI");
                    }
                }
                case COGNITO_USER_POOLS -> {
                    if (a.providerARNs().isEmpty()) {
                        findings.at(pointer, name + " (cognito_user_pools) has no providerARNs",
                                "list the user pool ARNs under providerARNs");
                    }
                }
                case JWT -> {
                    if (a.jwtConfiguration().flatMap(j -> j.issuer()).isEmpty()) {
                        findings.at(pointer, name + " (jwt) has no jwtConfiguration.issuer",
                                "set jwtConfiguration: {issuer: https://..., audience: [...]}");
                    }
                }
            }
            if (type == AuthorizerType.TOKEN && context.isRest()) {
                a.identitySource().filter(s -> !s.isBlank()).filter(s -> !HEADER_SOURCE.matcher(s.trim()).matches()).ifPresent(s ->
                        findings.at(Pointers.child(pointer, "identitySource"), name + " is a TOKEN authorizer, "
                                + "so its identitySource must be one header, not '" + s + "'",
                                "write identitySource: method.request.header.Authorization"));
            }
            a.authorizerResultTtlInSeconds().filter(t -> t < 0 || t > MAX_TTL).ifPresent(t -> findings.at(
                    Pointers.child(pointer, "authorizerResultTtlInSeconds"), name + " caches results for " + t
                            + " s; AWS accepts 0 to 3600", "use 0 (no caching) to 3600"));
        }
    }
}
