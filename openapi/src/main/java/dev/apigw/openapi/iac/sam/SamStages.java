package dev.apigw.openapi.iac.sam;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apigw.model.project.AccessLogSettings;
import dev.apigw.model.project.CacheSettings;
import dev.apigw.model.project.LoggingSettings;
import dev.apigw.model.project.MethodSettings;
import dev.apigw.model.project.Stage;
import dev.apigw.model.project.ThrottleSettings;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The stages SAM deploys a REST API to: the one named by {@code StageName} (implicit APIs: {@code Prod}), with
 * {@code Variables}, {@code MethodSettings}, the cache cluster and the access log; and, for backwards
 * compatibility, a bare stage named {@code Stage}, which SAM creates unless {@code OpenApiVersion} is set (to any
 * value, on the API or in {@code Globals.Api}).
 */
final class SamStages {
    static final String EXTRA_STAGE = "Stage";
    private static final Set<String> METHOD_SETTING_KEYS = Set.of("ResourcePath", "HttpMethod",
            "ThrottlingBurstLimit", "ThrottlingRateLimit", "CachingEnabled", "CacheTtlInSeconds", "CacheDataEncrypted",
            "DataTraceEnabled", "LoggingLevel", "MetricsEnabled");

    private SamStages() {
    }

    /** The stage the API's settings go to, and every stage it is deployed to. */
    record Stages(String main, Map<String, Stage> all) {
    }

    static Stages rest(SamResource api, Findings findings) {
        String name = stageName(api, findings);
        Map<String, MethodSettings> methodSettings = new LinkedHashMap<>();
        Optional<LoggingSettings> logging = methodSettings(api, methodSettings, findings);
        Optional<CacheSettings> cache = Numbers.bool(api.get("CacheClusterEnabled"))
                .filter(enabled -> enabled || api.has("CacheClusterSize"))
                .map(enabled -> new CacheSettings(enabled, api.text("CacheClusterSize").orElse("0.5"),
                        CacheSettings.DEFAULT_TTL));
        Stage stage = new Stage(name, variables(api.get("Variables")), Optional.empty(), cache,
                accessLog(api, "AccessLogSetting", findings), logging, methodSettings);
        Map<String, Stage> all = new LinkedHashMap<>();
        all.put(name, stage);
        if (!api.has("OpenApiVersion") && !name.equals(EXTRA_STAGE)) {
            all.put(EXTRA_STAGE, Stage.named(EXTRA_STAGE));
        }
        return new Stages(name, all);
    }

    private static String stageName(SamResource api, Findings findings) {
        Optional<String> name = api.text("StageName").filter(s -> !s.isBlank());
        if (name.isPresent()) {
            return name.get();
        }
        if (api.has("StageName")) {
            findings.notEmulated(api.pointer("StageName"), "the StageName of " + api.logicalId() + " is not known"
                    + " locally (an intrinsic function apigw cannot evaluate); the stage is served as Prod",
                    "pass the parameter it refers to with --param Name=value");
        } else {
            findings.rejected(api.pointer(), "SAM requires a StageName on " + api.logicalId()
                    + "; the stage is served as Prod", "add StageName: Prod");
        }
        return "Prod";
    }

    /** Stage variables: strings as written (numbers and booleans as their text). */
    static Map<String, String> variables(JsonNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().isValueNode() ? e.getValue().asText()
                : e.getValue().toString()));
        return out;
    }

    /**
     * {@code MethodSettings} keyed {@code "GET /pets"} ({@code ResourcePath} decodes {@code ~1} to {@code /};
     * {@code /*} with {@code *} is every method); the logging level of the {@code * /*} entry is the stage's.
     */
    private static Optional<LoggingSettings> methodSettings(SamResource api, Map<String, MethodSettings> out,
            Findings findings) {
        JsonNode list = api.get("MethodSettings");
        Optional<LoggingSettings> logging = Optional.empty();
        for (int i = 0; i < list.size(); i++) {
            JsonNode entry = list.get(i);
            String pointer = api.pointer("MethodSettings", String.valueOf(i));
            for (var names = entry.fieldNames(); names.hasNext();) {
                String key = names.next();
                if (!METHOD_SETTING_KEYS.contains(key)) {
                    findings.rejected(pointer + "/" + key, "'" + key + "' is not a method setting; ignored",
                            "use " + String.join(", ", new java.util.TreeSet<>(METHOD_SETTING_KEYS)));
                }
            }
            String key = entry.path("HttpMethod").asText("*").toUpperCase(Locale.ROOT) + " "
                    + resourcePath(entry.path("ResourcePath").asText("/*"));
            Optional<ThrottleSettings> throttle = throttle(entry.get("ThrottlingRateLimit"),
                    entry.get("ThrottlingBurstLimit"));
            out.put(key, new MethodSettings(throttle, Numbers.bool(entry.get("CachingEnabled")),
                    Numbers.integer(entry.get("CacheTtlInSeconds")), Optional.empty()));
            if (entry.has("LoggingLevel") || entry.has("DataTraceEnabled")) {
                if (key.equals("* /*")) {
                    logging = Optional.of(new LoggingSettings(entry.path("LoggingLevel").asText("OFF")
                            .toUpperCase(Locale.ROOT), Numbers.bool(entry.get("DataTraceEnabled")).orElse(false)));
                } else {
                    findings.notEmulated(pointer, "the logging level of method " + key + " is not emulated: a"
                            + " stage logs every method at one level", "set LoggingLevel on the ResourcePath /*"
                            + " HttpMethod * entry");
                }
            }
            if (Numbers.bool(entry.get("MetricsEnabled")).orElse(false)) {
                findings.notEmulated(pointer + "/MetricsEnabled", "CloudWatch metrics (MetricsEnabled) are not"
                        + " emulated; apigw serve's console shows its own request metrics", "nothing to do locally");
            }
        }
        return logging;
    }

    /** {@code /~1pets~1{id}} is {@code /pets/{id}}; {@code /*} is every resource; {@code /} the root. */
    static String resourcePath(String encoded) {
        String path = encoded.startsWith("/") ? encoded.substring(1) : encoded;
        if (path.equals("*")) {
            return "/*";
        }
        String decoded = path.replace("~1", "/").replace("~0", "~");
        return decoded.startsWith("/") ? decoded : "/" + decoded;
    }

    /** Either limit alone keeps AWS's default for the other (10,000 requests per second, burst 5,000). */
    static Optional<ThrottleSettings> throttle(JsonNode rate, JsonNode burst) {
        Optional<Double> r = Numbers.decimal(rate);
        Optional<Integer> b = Numbers.integer(burst);
        if (r.isEmpty() && b.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ThrottleSettings(r.orElse(ThrottleSettings.ACCOUNT_DEFAULT.rateLimit()),
                b.orElse(ThrottleSettings.ACCOUNT_DEFAULT.burstLimit())));
    }

    /** {@code AccessLogSetting}/{@code AccessLogSettings}: the format; the CloudWatch destination is stderr here. */
    static Optional<AccessLogSettings> accessLog(SamResource api, String property, Findings findings) {
        JsonNode setting = api.get(property);
        if (!setting.isObject()) {
            return Optional.empty();
        }
        if (setting.has("DestinationArn")) {
            findings.notEmulated(api.pointer(property, "DestinationArn"), "access logs are written to stderr, not"
                    + " to the CloudWatch Logs group in DestinationArn", "read them in apigw serve's output");
        }
        return Optional.of(new AccessLogSettings(setting.path("Format").asText(""), Optional.empty()));
    }
}
