package dev.apigw.openapi.iac.resources;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apigw.model.project.LoggingSettings;
import dev.apigw.model.project.MethodSettings;
import dev.apigw.model.project.ThrottleSettings;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One {@code MethodSetting} of a stage: {@code ResourcePath} (slashes written {@code ~1}, {@code /*} for every
 * resource) and {@code HttpMethod} ({@code *} for every method) become apigw's key ({@code "GET /pets"},
 * {@code "* /*"}); throttling and caching become its {@link MethodSettings}. Logging is stage-wide in apigw, so
 * only the {@code * /*} entry's {@code LoggingLevel} and {@code DataTraceEnabled} count.
 */
final class MethodSettingReader {
    static final String ALL = "* /*";
    static final Set<String> KNOWN = Set.of("CacheDataEncrypted", "CacheTtlInSeconds", "CachingEnabled",
            "DataTraceEnabled", "HttpMethod", "LoggingLevel", "MetricsEnabled", "ResourcePath", "ThrottlingBurstLimit",
            "ThrottlingRateLimit");

    /** A read setting: its key, what apigw applies per method, and the stage logging it sets ({@code * /*}). */
    record Setting(String key, MethodSettings settings, Optional<LoggingSettings> logging) {
    }

    private final Findings findings;

    MethodSettingReader(Findings findings) {
        this.findings = findings;
    }

    /** The method settings of {@code setting}, which sits at property path {@code at} of resource {@code id}. */
    Setting read(String id, String at, JsonNode setting) {
        findings.unknownProperties(id, setting, KNOWN, at);
        String key = key(setting);
        return of(id, at, key, setting);
    }

    /**
     * The stage-wide settings a Deployment's {@code StageDescription} gives with top-level properties
     * ({@code ThrottlingRateLimit}, {@code CachingEnabled}, {@code LoggingLevel}...).
     */
    Setting stageWide(String id, String at, JsonNode description) {
        return of(id, at, ALL, description);
    }

    private Setting of(String id, String at, String key, JsonNode setting) {
        if (Values.bool(setting.path("MetricsEnabled"))) {
            findings.notEmulated(id, at + "/MetricsEnabled", "MetricsEnabled: CloudWatch metrics are not published; "
                    + "apigw keeps its own request metrics", "");
        }
        Optional<LoggingSettings> logging = Optional.empty();
        boolean logs = setting.has("LoggingLevel") || setting.has("DataTraceEnabled");
        if (logs && key.equals(ALL)) {
            logging = Optional.of(new LoggingSettings(Values.text(setting.path("LoggingLevel"))
                    .map(l -> l.toUpperCase(Locale.ROOT)).orElse("OFF"),
                    Values.bool(setting.path("DataTraceEnabled"))));
        } else if (Values.text(setting.path("LoggingLevel")).filter(l -> !l.equalsIgnoreCase("OFF")).isPresent()
                || Values.bool(setting.path("DataTraceEnabled"))) {
            // CDK writes DataTraceEnabled: false into every per-method entry; only logging switched on matters
            findings.notEmulated(id, at + "/LoggingLevel", "per-method logging is not emulated; the stage's "
                    + "(HttpMethod *, ResourcePath /*) logging level applies to every method", "");
        }
        MethodSettings settings = new MethodSettings(throttle(setting), Values.optionalBool(setting.path(
                "CachingEnabled")), Values.integer(setting.path("CacheTtlInSeconds")), Optional.empty());
        return new Setting(key, settings, logging);
    }

    /**
     * Rate and burst as given; the one left out keeps AWS's account default. A negative rate or burst turns
     * throttling off, as AWS reads {@code -1}.
     */
    private static Optional<ThrottleSettings> throttle(JsonNode setting) {
        Optional<Double> rate = Values.number(setting.path("ThrottlingRateLimit"));
        Optional<Integer> burst = Values.integer(setting.path("ThrottlingBurstLimit"));
        if (rate.isEmpty() && burst.isEmpty() || rate.filter(r -> r < 0).isPresent()
                || burst.filter(b -> b < 0).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(new ThrottleSettings(rate.orElse(ThrottleSettings.ACCOUNT_DEFAULT.rateLimit()),
                burst.orElse(ThrottleSettings.ACCOUNT_DEFAULT.burstLimit())));
    }

    /** {@code HttpMethod} and the decoded {@code ResourcePath}: {@code /~1items~1{id}} is {@code /items/{id}}. */
    static String key(JsonNode setting) {
        String method = Values.text(setting.path("HttpMethod")).orElse("*").toUpperCase(Locale.ROOT);
        String path = Values.text(setting.path("ResourcePath")).orElse("/*").trim();
        if (path.equals("/*") || path.equals("*")) {
            path = "/*";
        } else {
            String decoded = (path.startsWith("/") ? path.substring(1) : path).replace("~1", "/");
            path = decoded.startsWith("/") ? decoded : "/" + decoded;
        }
        return method + " " + path;
    }
}
