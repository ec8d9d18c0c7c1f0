package dev.apigw.model.validation.rules;

import dev.apigw.model.api.ParameterLocation;
import dev.apigw.model.validation.Category;
import dev.apigw.model.validation.Findings;
import dev.apigw.model.validation.Operation;
import dev.apigw.model.validation.Rule;
import dev.apigw.model.validation.RuleInfo;
import dev.apigw.model.validation.ValidationContext;

/** APIGW101: a {param} of the path that the method does not declare. */
public final class PathParameterNotDeclared implements Rule {
    static final RuleInfo INFO = RuleInfo.warning("APIGW101", Category.PARAMETERS,
            "Path parameter is not declared",
            "OpenAPI requires every `{param}` of a path to be declared `in: path`; API Gateway imports the method "
                    + "without that method request parameter, so mappings and validators cannot use it.",
            "`/pets/{id}` with no `{name: id, in: path, required: true}`",
            "declare it under parameters with in: path and required: true")
            // swagger-parser's "Declared path parameter ... needs to be defined" says the same on the path item.
            .superseding("APIGW-IMPORT-006");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ValidationContext context, Findings findings) {
        if (!context.isRest()) {
            return; // HTTP API routes take path variables without declarations
        }
        for (Operation op : context.operations()) {
            for (String name : PathTemplate.variables(op.resource().path())) {
                if (!op.declares(context.api(), ParameterLocation.PATH, name)) {
                    findings.at(op.pointer(), "path parameter {" + name + "} of " + op.label()
                            + " is not declared");
                }
            }
        }
    }
}
