package dev.apigw.model.validation.rules;

import dev.apigw.model.project.MethodSettings;
import dev.apigw.model.project.Stage;
import dev.apigw.model.project.ThrottleSettings;
import dev.apigw.model.project.UsagePlan;
import dev.apigw.model.validation.Category;
import dev.apigw.model.validation.Findings;
import dev.apigw.model.validation.Pointers;
import dev.apigw.model.validation.Rule;
import dev.apigw.model.validation.RuleInfo;
import dev.apigw.model.validation.ValidationContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** APIGW505: throttling and quota values AWS rejects. */
public final class ThrottleAndQuota implements Rule {
    static final Set<String> PERIODS = Set.of("DAY", "WEEK", "MONTH");

    static final RuleInfo INFO = RuleInfo.error("APIGW505", Category.STAGES,
            "Negative throttling limit, or a quota AWS does not accept",
            "Throttling `rateLimit` and `burstLimit` must be ≥ 0 (stage, method settings, usage plans); a usage "
                    + "plan quota needs a limit ≥ 0 and a period of DAY, WEEK or MONTH.",
            "`throttling: {rateLimit: -1}`", "use a value of 0 or more; for quotas period DAY, WEEK or MONTH");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ValidationContext context, Findings findings) {
        for (Stage stage : context.config().stages().values()) {
            String base = Pointers.child("/stages", stage.name());
            throttle(findings, stage.throttling(), Pointers.child(base, "throttling"), "stage " + stage.name());
            for (Map.Entry<String, MethodSettings> e : stage.methodSettings().entrySet()) {
                throttle(findings, e.getValue().throttling(), Pointers.child(Pointers.child(Pointers.child(base,
                        "methodSettings"), e.getKey()), "throttling"), "stage " + stage.name() + " " + e.getKey());
            }
        }
        throttle(findings, Optional.of(context.config().account().throttling()), "/account/throttling", "account");
        List<UsagePlan> plans = context.config().usagePlans();
        for (int i = 0; i < plans.size(); i++) {
            UsagePlan plan = plans.get(i);
            String base = Pointers.child("/usagePlans", i);
            throttle(findings, plan.throttling(), Pointers.child(base, "throttling"), "usage plan " + plan.name());
            for (Map.Entry<String, ThrottleSettings> e : plan.methodThrottling().entrySet()) {
                throttle(findings, Optional.of(e.getValue()), Pointers.child(Pointers.child(base, "methodThrottling"),
                        e.getKey()), "usage plan " + plan.name() + " " + e.getKey());
            }
            plan.quota().ifPresent(q -> {
                if (q.limit() < 0) {
                    findings.inProject(Pointers.child(Pointers.child(base, "quota"), "limit"), "usage plan "
                            + plan.name() + " has a negative quota limit " + q.limit());
                }
                if (!PERIODS.contains(q.period())) {
                    findings.inProject(Pointers.child(Pointers.child(base, "quota"), "period"), "usage plan "
                            + plan.name() + " has quota period '" + q.period() + "'; use DAY, WEEK or MONTH");
                }
            });
        }
    }

    private static void throttle(Findings findings, Optional<ThrottleSettings> settings, String pointer, String what) {
        settings.ifPresent(t -> {
            if (t.rateLimit() < 0) {
                findings.inProject(Pointers.child(pointer, "rateLimit"), what + " has a negative rateLimit "
                        + t.rateLimit());
            }
            if (t.burstLimit() < 0) {
                findings.inProject(Pointers.child(pointer, "burstLimit"), what + " has a negative burstLimit "
                        + t.burstLimit());
            }
        });
    }
}
