package dev.apigw.simulator.traffic;

import dev.apigw.model.project.ApiKey;
import dev.apigw.model.project.ProjectConfig;
import dev.apigw.model.project.UsagePlan;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The project's API keys and which usage plan binds each to a stage. A plan names its keys by name (or, as some
 * people write it, by value). AWS lets a key sit in one usage plan per API stage; if a project lists it in several,
 * the first plan wins.
 */
public final class UsagePlanBindings {
    private final Map<String, ApiKey> byValue = new HashMap<>();
    private final List<ApiKey> keys;
    private final List<UsagePlan> plans;

    public UsagePlanBindings(ProjectConfig config) {
        this.keys = config.apiKeys();
        this.plans = config.usagePlans();
        for (ApiKey key : keys) {
            byValue.putIfAbsent(key.value(), key);
        }
    }

    /** The key a client sent, by its value. */
    public Optional<ApiKey> keyByValue(String value) {
        return Optional.ofNullable(byValue.get(value));
    }

    /** The key with this name or id. */
    public Optional<ApiKey> keyByNameOrId(String nameOrId) {
        return keys.stream().filter(k -> k.name().equals(nameOrId) || TrafficIds.apiKeyId(k.name()).equals(nameOrId))
                .findFirst();
    }

    /** The usage plan that lets {@code key} call {@code stage}. */
    public Optional<UsagePlan> planFor(ApiKey key, String stage) {
        return plans.stream().filter(p -> p.stages().contains(stage) && lists(p, key)).findFirst();
    }

    /** The keys a plan lists that the project defines, in the plan's order. */
    public List<ApiKey> keysOf(UsagePlan plan) {
        return plan.apiKeys().stream().map(ref -> keys.stream().filter(k -> k.name().equals(ref)
                || k.value().equals(ref)).findFirst()).flatMap(Optional::stream).distinct().toList();
    }

    public List<UsagePlan> plans() {
        return plans;
    }

    private static boolean lists(UsagePlan plan, ApiKey key) {
        return plan.apiKeys().contains(key.name()) || plan.apiKeys().contains(key.value());
    }
}
