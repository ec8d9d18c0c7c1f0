package dev.apigw.model.validation.rules;

import dev.apigw.model.validation.Category;
import dev.apigw.model.validation.Findings;
import dev.apigw.model.validation.Rule;
import dev.apigw.model.validation.RuleInfo;
import dev.apigw.model.validation.ValidationContext;

/** APIGW001: integration timeouts AWS refuses. */
public final class TimeoutRange implements Rule {
    static final int MIN = 50;
    /** REST APIs: 29 s by default, up to 300 s for Regional/private APIs after a quota increase. */
    static final int REST_MAX = 300_000;
    static final int HTTP_MAX = 30_000;

    static final RuleInfo INFO = RuleInfo.error("APIGW001", Category.STRUCTURE,
            "`timeoutInMillis` outside the range API Gateway accepts",
            "AWS rejects integration timeouts below 50 ms, above 30,000 ms for HTTP APIs and above 300,000 ms for "
                    + "REST APIs.",
            "`timeoutInMillis: 10`", "use 50 to 29000 for REST APIs, 50 to 30000 for HTTP APIs");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ValidationContext context, Findings findings) {
        int max = context.isHttp() ? HTTP_MAX : REST_MAX;
        for (IntegrationSite site : IntegrationSite.all(context)) {
            site.integration().timeoutInMillis().filter(t -> t < MIN || t > max).ifPresent(t ->
                    findings.at(site.field("timeoutInMillis"), "timeoutInMillis " + t + " is outside " + MIN + "–"
                            + max + " ms"));
        }
    }
}
