package dev.apigw.model.validation.rules;

import dev.apigw.model.api.IntegrationResponse;
import dev.apigw.model.api.MethodResponse;
import dev.apigw.model.validation.Category;
import dev.apigw.model.validation.Findings;
import dev.apigw.model.validation.Operation;
import dev.apigw.model.validation.Pointers;
import dev.apigw.model.validation.Rule;
import dev.apigw.model.validation.RuleInfo;
import dev.apigw.model.validation.ValidationContext;
import java.util.Optional;
import java.util.regex.Matcher;

/** APIGW107: integration responses setting headers their method response does not declare. */
public final class UndeclaredResponseHeader implements Rule {
    static final RuleInfo INFO = RuleInfo.warning("APIGW107", Category.PARAMETERS,
            "Integration response maps a header the method response does not declare",
            "`method.response.header.X` must be declared under the method response's `headers` for that status; "
                    + "AWS rejects the mapping (\"Invalid mapping expression specified ... method.response.header.X\", "
                    + "the usual CORS mistake): OpenAPI import drops the integration response with a warning, "
                    + "CloudFormation fails.",
            "mapping `method.response.header.Access-Control-Allow-Origin` with `200: {description: OK}`",
            "declare the header under responses.<status>.headers");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ValidationContext context, Findings findings) {
        if (!context.isRest()) {
            return;
        }
        for (Operation op : context.operations()) {
            if (op.integration().isEmpty() || op.integration().get().type().map(t -> t.isProxy()).orElse(false)) {
                continue;
            }
            for (IntegrationResponse response : op.integration().get().responses()) {
                Optional<MethodResponse> declared = op.response(response.statusCode());
                if (declared.isEmpty() || declared.get().ref().isPresent()) {
                    continue; // a missing method response is APIGW306; a $ref response is not followed
                }
                String base = Pointers.child(Pointers.child(Pointers.child(op.integrationPointer(), "responses"),
                        response.selectionPattern()), "responseParameters");
                for (String target : response.responseParameters().keySet()) {
                    Optional<Matcher> m = MappingExpressions.match(MappingExpressions.METHOD_RESPONSE_TARGET, target);
                    if (m.isPresent() && declared.get().headers().keySet().stream()
                            .noneMatch(h -> h.equalsIgnoreCase(m.get().group(1)))) {
                        findings.at(Pointers.child(base, target), op.label() + " maps header '" + m.get().group(1)
                                + "', but its " + response.statusCode() + " response does not declare it");
                    }
                }
            }
        }
    }
}
