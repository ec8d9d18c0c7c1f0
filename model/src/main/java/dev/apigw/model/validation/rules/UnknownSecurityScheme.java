package dev.apigw.model.validation.rules;

import dev.apigw.model.api.SecurityRequirement;
import dev.apigw.model.validation.Category;
import dev.apigw.model.validation.Findings;
import dev.apigw.model.validation.Operation;
import dev.apigw.model.validation.Pointers;
import dev.apigw.model.validation.Rule;
import dev.apigw.model.validation.RuleInfo;
import dev.apigw.model.validation.ValidationContext;
import java.util.List;

/** APIGW202: security requirements naming schemes that do not exist. */
public final class UnknownSecurityScheme implements Rule {
    static final RuleInfo INFO = RuleInfo.warning("APIGW202", Category.REFERENCES,
            "Security requirement names an undefined security scheme",
            "Each name under `security` should be a security scheme (an authorizer, an API key, or IAM); AWS imports "
                    + "an unknown name with a warning and attaches nothing for it, so the method may be left open.",
            "`security: [{MyAuthoriser: []}]` with the scheme named `MyAuthorizer`",
            "define the scheme under components.securitySchemes (securityDefinitions in Swagger 2) or fix the name");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ValidationContext context, Findings findings) {
        context.api().security().ifPresent(s -> check(context, s, "/security", "the API's root security", findings));
        for (Operation op : context.operations()) {
            op.method().security().ifPresent(s -> check(context, s, Pointers.child(op.pointer(), "security"),
                    op.label(), findings));
        }
    }

    private static void check(ValidationContext context, List<SecurityRequirement> requirements, String pointer,
            String where, Findings findings) {
        for (int i = 0; i < requirements.size(); i++) {
            for (String name : requirements.get(i).schemes().keySet()) {
                if (!context.api().securitySchemes().containsKey(name)) {
                    findings.at(Pointers.child(pointer, i), where + " requires security scheme '" + name
                            + "', which is not defined");
                }
            }
        }
    }
}
