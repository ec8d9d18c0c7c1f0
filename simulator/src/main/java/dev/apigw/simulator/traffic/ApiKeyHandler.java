package dev.apigw.simulator.traffic;

import dev.apigw.model.api.ApiKeySource;
import dev.apigw.model.api.Method;
import dev.apigw.model.project.ApiKey;
import dev.apigw.model.project.Quota;
import dev.apigw.model.project.ThrottleSettings;
import dev.apigw.model.project.UsagePlan;
import dev.apigw.simulator.auth.MethodSecurity;
import dev.apigw.simulator.gateway.GatewayErrors;
import dev.apigw.simulator.http.HttpHeaders;
import dev.apigw.simulator.pipeline.Deployment;
import dev.apigw.simulator.pipeline.Handler;
import dev.apigw.simulator.pipeline.Invocation;
import dev.apigw.simulator.pipeline.Outcome;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * API key and usage plan, after authorization (so an authorizer's {@code usageIdentifierKey} is known). Only for a
 * method that requires an API key: the key (header {@code x-api-key}, or the authorizer's with API key source
 * AUTHORIZER) must exist, be enabled and be bound by a usage plan to this stage, else 403 Forbidden
 * (INVALID_API_KEY, also for a missing key). The key then sets {@code $context.identity.apiKey} and
 * {@code apiKeyId}, takes a token from its own bucket in the plan (the plan's per-method limit for this method if it
 * has one, else the plan's limit) and counts against the plan's quota: 429 Too Many Requests or 429 Limit Exceeded.
 * Methods without the requirement ignore keys, as AWS does ({@code $context.identity.apiKey} stays null).
 */
public final class ApiKeyHandler implements Handler {
    public static final String HEADER = "x-api-key";

    private final TrafficState state;
    private final Deployment deployment;
    private final UsagePlanBindings bindings;
    private final ApiKeySource source;
    private final Map<UsagePlan, MethodKeys<ThrottleSettings>> planMethodLimits = new IdentityHashMap<>();

    private final java.util.function.Function<Method, MethodSecurity> security;

    public ApiKeyHandler(TrafficState state, Deployment deployment) {
        this.security = MethodSecurity.indexed(deployment.api());
        this.state = state;
        this.deployment = deployment;
        this.bindings = new UsagePlanBindings(deployment.config());
        this.source = deployment.api().settings().apiKeySource().orElse(ApiKeySource.HEADER);
        for (UsagePlan plan : bindings.plans()) {
            planMethodLimits.put(plan, MethodKeys.of(plan.methodThrottling()));
        }
    }

    @Override
    public Outcome handle(Invocation inv) {
        Optional<Method> method = inv.method();
        if (method.isEmpty() || !security.apply(method.get()).apiKeyRequired()) {
            return Outcome.CONTINUE;
        }
        String stage = deployment.stage().name();
        Optional<String> sent = (source == ApiKeySource.AUTHORIZER ? inv.usageIdentifierKey()
                : HttpHeaders.first(inv.request().headers(), HEADER)).filter(v -> !v.isEmpty());
        if (sent.isEmpty()) {
            inv.logError("api key", "API Key not found: the method requires an API key"
                    + (source == ApiKeySource.AUTHORIZER ? " from the authorizer (usageIdentifierKey)"
                            : " in the " + HEADER + " header"));
            throw GatewayErrors.invalidApiKey();
        }
        Optional<ApiKey> key = bindings.keyByValue(sent.get());
        if (key.isEmpty()) {
            inv.logError("api key", "API Key " + masked(sent.get()) + " not authorized because it does not exist");
            throw GatewayErrors.invalidApiKey();
        }
        if (!key.get().enabled()) {
            inv.logError("api key", "API Key " + masked(sent.get()) + " (" + key.get().name() + ") is disabled");
            throw GatewayErrors.invalidApiKey();
        }
        Optional<UsagePlan> plan = bindings.planFor(key.get(), stage);
        if (plan.isEmpty()) {
            inv.logError("api key", "API Key " + masked(sent.get()) + " (" + key.get().name()
                    + ") not authorized because it is not associated with a usage plan for stage " + stage);
            throw GatewayErrors.invalidApiKey();
        }
        String keyId = TrafficIds.apiKeyId(key.get().name());
        inv.identify("apiKey", key.get().value());
        inv.identify("apiKeyId", keyId);
        inv.log("api key", "API Key " + masked(sent.get()) + " (" + key.get().name() + ", id " + keyId
                + ") authorized by usage plan " + plan.get().name() + " for stage " + stage);
        throttle(inv, plan.get(), keyId, method.get());
        plan.get().quota().ifPresent(q -> quota(inv, plan.get(), keyId, q));
        return Outcome.CONTINUE;
    }

    private void throttle(Invocation inv, UsagePlan plan, String keyId, Method method) {
        String path = inv.resource().map(r -> r.path()).orElse(inv.request().path());
        Optional<ThrottleSettings> perMethod = planMethodLimits.get(plan).find(inv.request().method(),
                method.httpMethod(), path);
        Optional<ThrottleSettings> limits = perMethod.or(plan::throttling);
        if (limits.isEmpty()) {
            return;
        }
        String bucket = "plan/" + plan.name() + "/key/" + keyId + perMethod.map(t -> "/stage/"
                + deployment.stage().name() + "/" + method.httpMethod() + " " + path).orElse("");
        if (!state.buckets().tryTake(bucket, limits.get(), inv.requestTime())) {
            inv.logError("api key", "Usage plan " + plan.name() + (perMethod.isPresent() ? " per-method" : "")
                    + " throttle limit exceeded for API key id " + keyId + " (rate " + limits.get().rateLimit()
                    + "/s, burst " + limits.get().burstLimit() + ")");
            throw GatewayErrors.throttled();
        }
    }

    private void quota(Invocation inv, UsagePlan plan, String keyId, Quota quota) {
        Optional<QuotaPeriod> period = QuotaPeriod.parse(quota.period());
        if (period.isEmpty()) {
            inv.log("api key", "Usage plan " + plan.name() + " has quota period '" + quota.period()
                    + "', not DAY, WEEK or MONTH: the quota is not applied");
            return;
        }
        QuotaUsage usage = state.quotas().tryConsume(counter(plan, keyId), quota, period.get(), inv.requestTime());
        if (!usage.granted()) {
            inv.logError("api key", "Usage plan " + plan.name() + " quota exceeded for API key id " + keyId + ": "
                    + usage.used() + " of " + usage.allowance() + " requests used this " + period.get()
                    .name().toLowerCase(java.util.Locale.ROOT) + " (until " + usage.window().end() + ")");
            throw GatewayErrors.quotaExceeded();
        }
    }

    /** The quota counter of a key in a plan; {@link UsageReporter} reads the same one. */
    static String counter(UsagePlan plan, String keyId) {
        return "plan/" + plan.name() + "/key/" + keyId;
    }

    /** Like AWS's execution log: only the last four characters of a key are shown. */
    static String masked(String value) {
        int shown = Math.min(4, value.length() / 4);
        return "*".repeat(value.length() - shown) + value.substring(value.length() - shown);
    }
}
