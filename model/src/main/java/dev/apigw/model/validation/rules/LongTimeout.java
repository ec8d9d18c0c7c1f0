package dev.apigw.model.validation.rules;

import dev.apigw.model.validation.Category;
import dev.apigw.model.validation.Findings;
import dev.apigw.model.validation.Rule;
import dev.apigw.model.validation.RuleInfo;
import dev.apigw.model.validation.ValidationContext;

/** APIGW002: REST timeouts above the default 29 s quota. */
public final class LongTimeout implements Rule {
    static final int DEFAULT_MAX = 29_000;

    static final RuleInfo INFO = RuleInfo.warning("APIGW002", Category.STRUCTURE,
            "REST integration timeout above 29 seconds",
            "Above 29,000 ms AWS needs a Regional or private endpoint and a raised account quota (which may lower "
                    + "the account's throttle limit); edge-optimized APIs and default accounts reject it.",
            "`timeoutInMillis: 60000`", "keep it at or under 29000, or request the quota increase first");

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
            site.integration().timeoutInMillis()
                    .filter(t -> t > DEFAULT_MAX && t <= TimeoutRange.REST_MAX)
                    .ifPresent(t -> findings.at(site.field("timeoutInMillis"), "timeoutInMillis " + t
                            + " exceeds the default 29000 ms quota of REST APIs"));
        }
    }
}
