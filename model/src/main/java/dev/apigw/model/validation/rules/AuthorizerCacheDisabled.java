package dev.apigw.model.validation.rules;

import dev.apigw.model.api.Authorizer;
import dev.apigw.model.api.AuthorizerType;
import dev.apigw.model.api.SecurityScheme;
import dev.apigw.model.validation.Category;
import dev.apigw.model.validation.Findings;
import dev.apigw.model.validation.Operation;
import dev.apigw.model.validation.Pointers;
import dev.apigw.model.validation.Rule;
import dev.apigw.model.validation.RuleInfo;
import dev.apigw.model.validation.ValidationContext;

/** APIGW603: Lambda authorizers without result caching. */
public final class AuthorizerCacheDisabled implements Rule {
    static final RuleInfo INFO = RuleInfo.warning("APIGW603", Category.SECURITY,
            "Lambda authorizer with caching turned off",
            "With `authorizerResultTtlInSeconds: 0` every call invokes the authorizer Lambda first: added latency, "
                    + "cost, and a Lambda concurrency limit that throttles the whole API under load.",
            "`authorizerResultTtlInSeconds: 0` on an authorizer used by GET /items",
            "cache results (the default is 300 s) unless each decision depends on more than the identity source");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ValidationContext context, Findings findings) {
        for (SecurityScheme scheme : context.api().securitySchemes().values()) {
            Authorizer a = scheme.authorizer().orElse(null);
            if (a == null || a.authorizerResultTtlInSeconds().orElse(Authorizer.DEFAULT_TTL_SECONDS) != 0
                    || a.type().filter(t -> t == AuthorizerType.TOKEN || t == AuthorizerType.REQUEST).isEmpty()) {
                continue;
            }
            long users = context.operations().stream().filter(op -> uses(context, op, scheme.name())).count();
            if (users > 0) {
                findings.at(Pointers.child(Pointers.child(Pointers.child("/components/securitySchemes", scheme.name()),
                        "x-amazon-apigateway-authorizer"), "authorizerResultTtlInSeconds"), "authorizer '"
                        + scheme.name() + "' runs its Lambda on every call to " + users + " method"
                        + (users == 1 ? "" : "s") + " (TTL 0)");
            }
        }
    }

    private static boolean uses(ValidationContext context, Operation op, String scheme) {
        return context.api().securityOf(op.method()).stream().anyMatch(r -> r.schemes().containsKey(scheme));
    }
}
