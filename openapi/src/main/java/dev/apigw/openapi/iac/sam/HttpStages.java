package dev.apigw.openapi.iac.sam;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apigw.model.project.MethodSettings;
import dev.apigw.model.project.Stage;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one stage SAM gives an HTTP API: {@code StageName} or {@code $default}, with {@code StageVariables}, the
 * access log, and route throttling from {@code DefaultRouteSettings} (every route, {@code * /*}) and
 * {@code RouteSettings} (keyed by route, {@code "GET /pets"}; the events' own RouteSettings merged in).
 */
final class HttpStages {
    static final String DEFAULT_STAGE = "$default";
    private static final Set<String> ROUTE_KEYS = Set.of("ThrottlingBurstLimit", "ThrottlingRateLimit",
            "DetailedMetricsEnabled", "LoggingLevel", "DataTraceEnabled");

    private HttpStages() {
    }

    static SamStages.Stages read(SamResource api, Map<String, JsonNode> eventRouteSettings, Findings findings) {
        String name = api.text("StageName").filter(s -> !s.isBlank()).orElse(DEFAULT_STAGE);
        if (api.has("StageName") && api.text("StageName").isEmpty()) {
            findings.notEmulated(api.pointer("StageName"), "the StageName of " + api.logicalId() + " is not known"
                    + " locally (an intrinsic function apigw cannot evaluate); the stage is served as $default",
                    "pass the parameter it refers to with --param Name=value");
        }
        Map<String, MethodSettings> settings = new LinkedHashMap<>();
        if (api.get("DefaultRouteSettings").isObject()) {
            route(settings, "* /*", api.get("DefaultRouteSettings"), api.pointer("DefaultRouteSettings"), findings);
        }
        Map<String, JsonNode> routes = new LinkedHashMap<>();
        api.get("RouteSettings").fields().forEachRemaining(e -> routes.put(e.getKey(), e.getValue()));
        eventRouteSettings.forEach((key, value) -> routes.put(key, SamGlobals.merge(routes.get(key), value)));
        routes.forEach((key, value) -> {
            String pointer = api.pointer("RouteSettings", key);
            Optional<String> normalised = routeKey(key);
            if (normalised.isEmpty()) {
                findings.notEmulated(pointer, "route settings for '" + key + "' are not emulated (apigw reads"
                        + " them for routes written \"METHOD /path\")", "write the route as GET /pets");
            } else {
                route(settings, normalised.get(), value, pointer, findings);
            }
        });
        Stage stage = new Stage(name, SamStages.variables(api.get("StageVariables")), Optional.empty(),
                Optional.empty(), SamStages.accessLog(api, "AccessLogSettings", findings), Optional.empty(), settings);
        return new SamStages.Stages(name, Map.of(name, stage));
    }

    /** {@code "GET /pets"} as written; {@code "/pets"} (SAM's key for an ANY route) is {@code "ANY /pets"}. */
    private static Optional<String> routeKey(String key) {
        String k = key.trim();
        if (k.startsWith("/")) {
            return Optional.of("ANY " + k);
        }
        int space = k.indexOf(' ');
        if (space > 0 && k.substring(space + 1).trim().startsWith("/")) {
            return Optional.of(k.substring(0, space).toUpperCase(Locale.ROOT) + " " + k.substring(space + 1).trim());
        }
        return Optional.empty();
    }

    private static void route(Map<String, MethodSettings> out, String key, JsonNode value, String pointer,
            Findings findings) {
        for (var names = value.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!ROUTE_KEYS.contains(name)) {
                findings.rejected(pointer + "/" + name, "'" + name + "' is not a route setting; ignored",
                        "use ThrottlingBurstLimit, ThrottlingRateLimit");
            }
        }
        if (Numbers.bool(value.get("DetailedMetricsEnabled")).orElse(false)) {
            findings.notEmulated(pointer + "/DetailedMetricsEnabled", "CloudWatch detailed metrics are not"
                    + " emulated", "nothing to do locally");
        }
        if (value.has("LoggingLevel") || value.has("DataTraceEnabled")) {
            findings.notEmulated(pointer, "HTTP API routes have no execution logging on AWS (LoggingLevel and"
                    + " DataTraceEnabled apply to WebSocket APIs); ignored", "use AccessLogSettings");
        }
        SamStages.throttle(value.get("ThrottlingRateLimit"), value.get("ThrottlingBurstLimit")).ifPresent(t -> out
                .put(key, new MethodSettings(Optional.of(t), Optional.empty(), Optional.empty(), Optional.empty())));
    }
}
