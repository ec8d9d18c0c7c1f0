package dev.apigw.model.validation.rules;

import dev.apigw.model.api.Integration;
import dev.apigw.model.api.IntegrationResponse;
import dev.apigw.model.validation.Category;
import dev.apigw.model.validation.Findings;
import dev.apigw.model.validation.Operation;
import dev.apigw.model.validation.Pointers;
import dev.apigw.model.validation.Rule;
import dev.apigw.model.validation.RuleInfo;
import dev.apigw.model.validation.ValidationContext;

/** APIGW306: integration responses whose status has no method response (non-proxy REST integrations). */
public final class ResponseStatusMatch implements Rule {
    static final RuleInfo INFO = RuleInfo.warning("APIGW306", Category.INTEGRATIONS,
            "Integration response status has no method response",
            "An integration response can only return a status the method declares under `responses`; AWS imports "
                    + "the API with a warning and drops that integration response, so the backend responses it "
                    + "was meant for end as 500 (CloudFormation's AWS::ApiGateway::Method fails outright).",
            "integration `responses: {default: {statusCode: \"200\"}}` with only a `201` method response",
            "declare the status under the operation's responses, or fix the statusCode");

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
            if (op.integration().isEmpty() || op.integration().get().type().map(t -> t.isProxy()).orElse(true)) {
                continue;
            }
            Integration i = op.integration().get();
            for (IntegrationResponse r : i.responses()) {
                if (StatusCodes.isStatus(r.statusCode()) && op.response(r.statusCode()).isEmpty()) {
                    findings.at(Pointers.child(Pointers.child(Pointers.child(op.integrationPointer(), "responses"),
                            r.selectionPattern()), "statusCode"), op.label() + " has no " + r.statusCode()
                            + " method response for integration response '" + r.selectionPattern() + "'");
                }
            }
        }
    }
}
