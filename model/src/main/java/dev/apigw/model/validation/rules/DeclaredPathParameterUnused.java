package dev.apigw.model.validation.rules;

import dev.apigw.model.api.Parameter;
import dev.apigw.model.api.ParameterLocation;
import dev.apigw.model.validation.Category;
import dev.apigw.model.validation.Findings;
import dev.apigw.model.validation.Operation;
import dev.apigw.model.validation.Rule;
import dev.apigw.model.validation.RuleInfo;
import dev.apigw.model.validation.ValidationContext;
import java.util.List;

/** APIGW102: an {@code in: path} parameter whose name is not in the path. */
public final class DeclaredPathParameterUnused implements Rule {
    static final RuleInfo INFO = RuleInfo.warning("APIGW102", Category.PARAMETERS,
            "Declared path parameter does not appear in the path",
            "A path parameter that is not a `{variable}` of the path never has a value: a required one makes a "
                    + "request validator reject every call, and mappings from it are always empty.",
            "`/pets/{petId}` declaring `{name: id, in: path}`", "rename it to match the path, or remove it");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ValidationContext context, Findings findings) {
        for (Operation op : context.operations()) {
            List<String> variables = PathTemplate.variables(op.resource().path());
            for (Parameter p : op.parameters(context.api())) {
                if (p.isIn(ParameterLocation.PATH) && !p.name().isEmpty() && !variables.contains(p.name())) {
                    findings.at(op.pointer(), "path parameter '" + p.name() + "' of " + op.label()
                            + " is not a variable of the path");
                }
            }
        }
    }
}
