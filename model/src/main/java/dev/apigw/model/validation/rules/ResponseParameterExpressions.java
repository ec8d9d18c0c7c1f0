package dev.apigw.model.validation.rules;

import dev.apigw.model.api.GatewayResponse;
import dev.apigw.model.api.IntegrationResponse;
import dev.apigw.model.validation.Category;
import dev.apigw.model.validation.Findings;
import dev.apigw.model.validation.Pointers;
import dev.apigw.model.validation.Rule;
import dev.apigw.model.validation.RuleInfo;
import dev.apigw.model.validation.ValidationContext;
import java.util.Map;

/** APIGW106: integration and gateway response mappings that are not mapping expressions. */
public final class ResponseParameterExpressions implements Rule {
    static final RuleInfo INFO = RuleInfo.error("APIGW106", Category.PARAMETERS,
            "Response parameter mapping is not a valid expression",
            "Integration responses map to `method.response.header.NAME` from `integration.response.header.x`, "
                    + "`integration.response.body[.JSONPath]`, `stageVariables.x`, `context.x` or a 'quoted' "
                    + "literal; gateway responses map to `gatewayresponse.header.NAME`. AWS rejects anything else.",
            "`method.response.header.Access-Control-Allow-Origin: *` (the literal needs quotes: `'*'`)",
            "fix the expression per AWS's mapping reference");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ValidationContext context, Findings findings) {
        if (!context.isRest()) {
            return;
        }
        for (IntegrationSite site : IntegrationSite.all(context)) {
            for (IntegrationResponse response : site.integration().responses()) {
                String base = Pointers.child(site.response(response.selectionPattern()), "responseParameters");
                for (Map.Entry<String, String> e : response.responseParameters().entrySet()) {
                    String pointer = Pointers.child(base, e.getKey());
                    if (!MappingExpressions.METHOD_RESPONSE_TARGET.matcher(e.getKey().trim()).matches()) {
                        findings.at(pointer, "'" + e.getKey() + "' is not a mapping target (use "
                                + "method.response.header.NAME)");
                    }
                    MappingExpressions.responseSourceProblem(e.getValue()).filter(p -> !MappingExpressions.isUnquotedLiteral(e.getValue())).ifPresent(p -> findings.at(pointer, p));
                }
            }
        }
        for (GatewayResponse response : context.api().settings().gatewayResponses().values()) {
            String base = Pointers.child(Pointers.child(GatewayResponses.BASE, response.type()), "responseParameters");
            for (Map.Entry<String, String> e : response.responseParameters().entrySet()) {
                String pointer = Pointers.child(base, e.getKey());
                if (!MappingExpressions.GATEWAY_RESPONSE_TARGET.matcher(e.getKey().trim()).matches()) {
                    findings.at(pointer, "'" + e.getKey() + "' is not a gateway response target (use "
                            + "gatewayresponse.header.NAME)");
                }
                MappingExpressions.gatewaySourceProblem(e.getValue()).filter(p -> !MappingExpressions.isUnquotedLiteral(e.getValue())).ifPresent(p -> findings.at(pointer, p));
            }
        }
    }
}
