package dev.apigw.model.validation.rules;

import dev.apigw.model.api.IntegrationType;
import dev.apigw.model.api.TextValue;
import dev.apigw.model.validation.Category;
import dev.apigw.model.validation.Findings;
import dev.apigw.model.validation.Rule;
import dev.apigw.model.validation.RuleInfo;
import dev.apigw.model.validation.ValidationContext;

/** APIGW305: MOCK integrations whose request template never sets statusCode. */
public final class MockWithoutStatusCode implements Rule {
    static final RuleInfo INFO = RuleInfo.warning("APIGW305", Category.INTEGRATIONS,
            "MOCK integration without a request template that sets `statusCode`",
            "A MOCK integration takes its status from the `statusCode` its request template renders; without one "
                    + "the integration response selection has nothing to match and calls fail with 500.",
            "`type: mock` with no `requestTemplates`",
            "add requestTemplates: {application/json: '{\"statusCode\": 200}'}");

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
            if (!site.is(IntegrationType.MOCK)) {
                continue;
            }
            boolean sets = site.integration().requestTemplates().values().stream()
                    .anyMatch(t -> t.isIntrinsic() || t.literal().orElse("").contains("statusCode"));
            if (!sets) {
                findings.at(site.pointer(), site.integration().requestTemplates().isEmpty()
                        ? "mock integration has no request template to set statusCode"
                        : "no request template of this mock integration sets statusCode");
            }
        }
    }
}
