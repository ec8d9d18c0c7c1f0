package dev.apigw.model.project;

import dev.apigw.model.Immutable;
import java.util.Map;
import java.util.Optional;

/** A deployment stage: stage variables, throttling, cache, logging and per-method settings. */
public record Stage(
        String name,
        Map<String, String> variables,
        Optional<ThrottleSettings> throttling,
        Optional<CacheSettings> cache,
        Optional<AccessLogSettings> accessLog,
        Optional<LoggingSettings> logging,
        Map<String, MethodSettings> methodSettings) {

    public Stage {
        variables = Immutable.map(variables);
        methodSettings = Immutable.map(methodSettings);
    }

    public static Stage named(String name) {
        return new Stage(name, Map.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Map.of());
    }

    public Stage withVariables(Map<String, String> overrides) {
        java.util.LinkedHashMap<String, String> merged = new java.util.LinkedHashMap<>(variables);
        merged.putAll(overrides);
        return new Stage(name, merged, throttling, cache, accessLog, logging, methodSettings);
    }
}
