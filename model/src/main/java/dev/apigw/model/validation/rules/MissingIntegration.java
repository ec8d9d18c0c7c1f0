package dev.apigw.model.validation.rules;

import dev.apigw.model.validation.Category;
import dev.apigw.model.validation.Findings;
import dev.apigw.model.validation.Operation;
import dev.apigw.model.validation.Rule;
import dev.apigw.model.validation.RuleInfo;
import dev.apigw.model.validation.ValidationContext;

/** APIGW301: REST methods without an integration. */
public final class MissingIntegration implements Rule {
    static final RuleInfo INFO = RuleInfo.error("APIGW301", Category.INTEGRATIONS,
            "REST method has no integration",
            "AWS imports a method without `x-amazon-apigateway-integration`, but then refuses to deploy the API "
                    + "(\"No integration defined for method\").",
            "`get: {responses: {200: ...}}` with no integration",
            "add x-amazon-apigateway-integration (type: mock for a stub)");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ValidationContext context, Findings findings) {
        if (!context.isRest()) {
            return; // HTTP API routes may exist without an integration
        }
        for (Operation op : context.operations()) {
            if (op.method().integration().isEmpty()) {
                findings.at(op.pointer(), op.label() + " has no x-amazon-apigateway-integration");
            }
        }
    }
}
