package dev.apigw.model.project;

import java.util.Optional;

/** Per-method overrides of a stage, keyed by {@code "GET /pets"} (or {@code "* /*"}). */
public record MethodSettings(Optional<ThrottleSettings> throttling, Optional<Boolean> cachingEnabled,
        Optional<Integer> cacheTtlInSeconds, Optional<Boolean> requireAuthorizationForCacheControl) {
}
