package dev.apigw.model.validation.rules;

import dev.apigw.model.api.EndpointConfiguration;
import dev.apigw.model.api.SecurityRequirement;
import dev.apigw.model.validation.Category;
import dev.apigw.model.validation.Findings;
import dev.apigw.model.validation.Operation;
import dev.apigw.model.validation.Rule;
import dev.apigw.model.validation.RuleInfo;
import dev.apigw.model.validation.ValidationContext;
import java.util.List;

/** APIGW601: public REST methods anyone can call. */
public final class OpenMethod implements Rule {
    static final RuleInfo INFO = RuleInfo.warning("APIGW601", Category.SECURITY,
            "Method of a public API needs neither authorization nor an API key",
            "On an edge or Regional endpoint anyone on the internet can call a method with authorization NONE "
                    + "and no API key; fine for public data, a leak or a cost risk otherwise. OPTIONS (CORS "
                    + "preflight) and private APIs are exempt.",
            "`delete: {x-amazon-apigateway-integration: ...}` with no `security`",
            "add an authorizer, IAM or api_key security requirement, or mark it with x-apigw-ignore: [APIGW601]");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ValidationContext context, Findings findings) {
        if (!context.isRest() || isPrivate(context)) {
            return;
        }
        for (Operation op : context.operations()) {
            if (op.method().httpMethod().equals("OPTIONS")) {
                continue;
            }
            List<SecurityRequirement> security = context.api().securityOf(op.method());
            boolean protectedBySomething = security.stream().flatMap(r -> r.schemes().keySet().stream())
                    .anyMatch(name -> context.api().securitySchemes().containsKey(name));
            if (!protectedBySomething) {
                findings.at(op.pointer(), op.label() + " can be called by anyone: no authorizer, IAM or API key");
            }
        }
    }

    private static boolean isPrivate(ValidationContext context) {
        return context.api().settings().endpointConfiguration().flatMap(EndpointConfiguration::types)
                .map(types -> types.stream().anyMatch(t -> t.equalsIgnoreCase("PRIVATE"))).orElse(false);
    }
}
