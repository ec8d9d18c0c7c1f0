package dev.apigw.model.validation.rules;

import dev.apigw.model.validation.Category;
import dev.apigw.model.validation.Findings;
import dev.apigw.model.validation.Operation;
import dev.apigw.model.validation.Pointers;
import dev.apigw.model.validation.Rule;
import dev.apigw.model.validation.RuleInfo;
import dev.apigw.model.validation.ValidationContext;
import java.util.Set;

/** APIGW201: request validator names that resolve to nothing. */
public final class UnknownRequestValidator implements Rule {
    static final String KEY = "x-amazon-apigateway-request-validator";

    static final RuleInfo INFO = RuleInfo.error("APIGW201", Category.REFERENCES,
            "Request validator name is not defined",
            "`x-amazon-apigateway-request-validator` (on an operation or as the API default) must name an entry "
                    + "of `x-amazon-apigateway-request-validators`; AWS fails the import otherwise.",
            "`x-amazon-apigateway-request-validator: all` with only `params-only` defined",
            "define it under x-amazon-apigateway-request-validators or fix the name");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ValidationContext context, Findings findings) {
        Set<String> defined = context.api().settings().requestValidators().keySet();
        context.api().settings().defaultRequestValidator().filter(v -> !defined.contains(v)).ifPresent(v ->
                findings.at("/" + KEY, "default request validator '" + v + "' is not defined" + known(defined)));
        for (Operation op : context.operations()) {
            op.method().requestValidator().filter(v -> !defined.contains(v)).ifPresent(v -> findings.at(
                    Pointers.child(op.pointer(), KEY), op.label() + " uses request validator '" + v
                            + "', which is not defined" + known(defined)));
        }
    }

    private static String known(Set<String> defined) {
        return defined.isEmpty() ? " (the API defines none)" : " (defined: " + String.join(", ", defined) + ")";
    }
}
