package dev.apigw.model.validation.rules;

import dev.apigw.model.validation.Category;
import dev.apigw.model.validation.Findings;
import dev.apigw.model.validation.Rule;
import dev.apigw.model.validation.RuleInfo;
import dev.apigw.model.validation.ValidationContext;

/** APIGW308: non-proxy REST integrations without any integration response. */
public final class NoIntegrationResponses implements Rule {
    static final RuleInfo INFO = RuleInfo.error("APIGW308", Category.INTEGRATIONS,
            "Non-proxy integration has no integration responses",
            "MOCK, HTTP and AWS integrations answer only through an integration response; with none, every call "
                    + "fails with 500 (\"No match for output mapping and no default output mapping configured\").",
            "`type: mock` with no `responses`", "add responses: {default: {statusCode: \"200\"}}");

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
            if (site.type().isPresent() && !site.type().get().isProxy() && site.integration().responses().isEmpty()) {
                findings.at(site.pointer(), site.type().get().exportName() + " integration has no responses, so "
                        + "every call fails with 500");
            }
        }
    }
}
