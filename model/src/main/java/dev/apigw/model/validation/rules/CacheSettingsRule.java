package dev.apigw.model.validation.rules;

import dev.apigw.model.project.CacheSettings;
import dev.apigw.model.project.MethodSettings;
import dev.apigw.model.project.Stage;
import dev.apigw.model.validation.Category;
import dev.apigw.model.validation.Findings;
import dev.apigw.model.validation.Pointers;
import dev.apigw.model.validation.Rule;
import dev.apigw.model.validation.RuleInfo;
import dev.apigw.model.validation.ValidationContext;
import java.util.List;
import java.util.Map;

/** APIGW506: stage cache sizes and TTLs AWS does not offer. */
public final class CacheSettingsRule implements Rule {
    /** {@code cacheClusterSize} valid values, in GB, from AWS's Stage API reference. */
    static final List<String> SIZES = List.of("0.5", "1.6", "6.1", "13.5", "28.4", "58.2", "118", "237");
    static final int MAX_TTL = 3600;

    static final RuleInfo INFO = RuleInfo.error("APIGW506", Category.STAGES,
            "Cache size or TTL AWS does not offer",
            "A stage cache is one of 0.5, 1.6, 6.1, 13.5, 28.4, 58.2, 118 or 237 GB, and cache TTLs are 0–3600 "
                    + "seconds.",
            "`cache: {enabled: true, size: \"1\"}`", "pick a listed size (e.g. \"0.5\") and a TTL up to 3600");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ValidationContext context, Findings findings) {
        for (Stage stage : context.config().stages().values()) {
            String base = Pointers.child("/stages", stage.name());
            stage.cache().ifPresent(c -> check(findings, c, Pointers.child(base, "cache"), stage.name()));
            for (Map.Entry<String, MethodSettings> e : stage.methodSettings().entrySet()) {
                e.getValue().cacheTtlInSeconds().filter(t -> t < 0 || t > MAX_TTL).ifPresent(t -> findings.inProject(
                        Pointers.child(Pointers.child(Pointers.child(Pointers.child(base, "methodSettings"),
                                e.getKey()), "caching"), "ttlInSeconds"),
                        "stage " + stage.name() + " " + e.getKey() + ": cache TTL " + t + " is outside 0–3600 s"));
            }
        }
    }

    private static void check(Findings findings, CacheSettings cache, String pointer, String stage) {
        if (!SIZES.contains(cache.size().trim())) {
            findings.inProject(Pointers.child(pointer, "size"), "stage " + stage + ": cache size '" + cache.size()
                    + "' is not one of " + String.join(", ", SIZES) + " (GB)");
        }
        if (cache.ttlInSeconds() < 0 || cache.ttlInSeconds() > MAX_TTL) {
            findings.inProject(Pointers.child(pointer, "ttlInSeconds"), "stage " + stage + ": cache TTL "
                    + cache.ttlInSeconds() + " is outside 0–3600 s");
        }
    }
}
