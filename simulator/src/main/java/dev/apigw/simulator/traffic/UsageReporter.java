package dev.apigw.simulator.traffic;

import dev.apigw.model.project.ApiKey;
import dev.apigw.model.project.ProjectConfig;
import dev.apigw.model.project.UsagePlan;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds the {@link UsageReport} from the project's usage plans and the quota counters, counting nothing. */
public final class UsageReporter {
    private final UsagePlanBindings bindings;
    private final QuotaStore quotas;

    public UsageReporter(ProjectConfig config, QuotaStore quotas) {
        this.bindings = new UsagePlanBindings(config);
        this.quotas = quotas;
    }

    /**
     * Every key of every plan, or only the key named {@code key} (its name or id); empty when no plan lists such a
     * key.
     */
    public Optional<UsageReport> report(Instant now, Optional<String> key) {
        Optional<ApiKey> only = key.flatMap(bindings::keyByNameOrId);
        if (key.isPresent() && only.isEmpty()) {
            return Optional.empty();
        }
        List<UsageReport.Item> items = new ArrayList<>();
        for (UsagePlan plan : bindings.plans()) {
            for (ApiKey apiKey : bindings.keysOf(plan)) {
                if (only.isEmpty() || only.get().equals(apiKey)) {
                    items.add(item(plan, apiKey, now));
                }
            }
        }
        if (only.isPresent() && items.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new UsageReport(now, items));
    }

    private UsageReport.Item item(UsagePlan plan, ApiKey key, Instant now) {
        String keyId = TrafficIds.apiKeyId(key.name());
        Optional<UsageReport.Quota> quota = plan.quota().flatMap(q -> QuotaPeriod.parse(q.period()).map(p -> {
            QuotaUsage usage = quotas.usage(ApiKeyHandler.counter(plan, keyId), q, p, now);
            return new UsageReport.Quota(usage.limit(), p.name(), q.offset(), usage.used(), usage.remaining(),
                    usage.window().start(), usage.window().end());
        }));
        return new UsageReport.Item(plan.name(), TrafficIds.usagePlanId(plan.name()), key.name(), keyId,
                key.enabled(), plan.stages(), plan.throttling(), quota);
    }
}
