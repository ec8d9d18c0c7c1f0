package dev.apigw.model.project;

import dev.apigw.model.Immutable;
import java.util.List;
import java.util.Optional;

/** A usage plan binding API keys to stages with throttling and a quota. */
public record UsagePlan(String name, List<String> stages, List<String> apiKeys, Optional<ThrottleSettings> throttling,
        Optional<Quota> quota) {
    public UsagePlan {
        stages = Immutable.list(stages);
        apiKeys = Immutable.list(apiKeys);
    }
}
