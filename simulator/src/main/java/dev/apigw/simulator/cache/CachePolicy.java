package dev.apigw.simulator.cache;

import dev.apigw.model.project.Stage;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@link MethodCaching} of each method of one deployed stage, resolved once per method rather than per request
 * (a rebuilt pipeline after a hot reload makes a new policy, so edited settings apply).
 */
public final class CachePolicy {
    private final Stage stage;
    private final Map<String, MethodCaching> byMethod = new ConcurrentHashMap<>();

    public CachePolicy(Stage stage) {
        this.stage = stage;
    }

    MethodCaching of(String httpMethod, String resourcePath) {
        return byMethod.computeIfAbsent(httpMethod + ' ' + resourcePath,
                k -> MethodCaching.of(stage, httpMethod, resourcePath));
    }
}
