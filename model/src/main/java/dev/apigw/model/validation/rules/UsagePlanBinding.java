package dev.apigw.model.validation.rules;

import dev.apigw.model.project.ApiKey;
import dev.apigw.model.project.UsagePlan;
import dev.apigw.model.validation.Category;
import dev.apigw.model.validation.Findings;
import dev.apigw.model.validation.Pointers;
import dev.apigw.model.validation.Rule;
import dev.apigw.model.validation.RuleInfo;
import dev.apigw.model.validation.ValidationContext;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** APIGW507: usage plans bound to stages or keys the project does not have. */
public final class UsagePlanBinding implements Rule {
    static final RuleInfo INFO = RuleInfo.error("APIGW507", Category.STAGES,
            "Usage plan names a stage or API key that does not exist",
            "A usage plan's API stages must be stages of the API and its keys defined API keys; otherwise AWS "
                    + "refuses the plan and clients with those keys get 403.",
            "`usagePlans: [{name: gold, stages: [prod]}]` with only a `dev` stage",
            "declare the stage under stages / the key under apiKeys, or fix the name");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ValidationContext context, Findings findings) {
        Set<String> stages = context.config().stages().keySet();
        // a key may be named by its name or (as some people write it) its value
        Set<String> keys = context.config().apiKeys().stream().flatMap(k -> java.util.stream.Stream.of(k.name(),
                k.value())).collect(Collectors.toSet());
        List<UsagePlan> plans = context.config().usagePlans();
        for (int i = 0; i < plans.size(); i++) {
            UsagePlan plan = plans.get(i);
            String base = Pointers.child("/usagePlans", i);
            for (int s = 0; s < plan.stages().size(); s++) {
                String stage = plan.stages().get(s);
                if (!stages.contains(stage)) {
                    findings.inProject(Pointers.child(Pointers.child(base, "stages"), s), "usage plan "
                            + plan.name() + " is bound to stage '" + stage + "', which the project does not declare");
                }
            }
            for (int k = 0; k < plan.apiKeys().size(); k++) {
                String key = plan.apiKeys().get(k);
                if (!keys.contains(key)) {
                    findings.inProject(Pointers.child(Pointers.child(base, "apiKeys"), k), "usage plan "
                            + plan.name() + " lists API key '" + key + "', which is not under apiKeys");
                }
            }
        }
    }
}
