package dev.apigw.model.project;

import dev.apigw.model.Immutable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A usage plan binding API keys to stages with throttling and a quota. {@code methodThrottling} holds per-method
 * throttle overrides (AWS's {@code apiStages[].throttle}), keyed like stage method settings ({@code "GET /pets"}).
 */
public record UsagePlan(String name, List<String> stages, List<String> apiKeys, Optional<ThrottleSettings> throttling,
        Optional<Quota> quota, Map<String, ThrottleSettings> methodThrottling) {
    public UsagePlan {
        stages = Immutable.list(stages);
        apiKeys = Immutable.list(apiKeys);
        methodThrottling = Immutable.map(methodThrottling == null ? Map.of() : methodThrottling);
    }

    /** A plan without per-method throttling. */
    public UsagePlan(String name, List<String> stages, List<String> apiKeys, Optional<ThrottleSettings> throttling,
            Optional<Quota> quota) {
        this(name, stages, apiKeys, throttling, quota, Map.of());
    }
}
