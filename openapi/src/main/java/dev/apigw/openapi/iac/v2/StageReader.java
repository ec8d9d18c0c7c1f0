package dev.apigw.openapi.iac.v2;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apigw.model.project.AccessLogSettings;
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
 * {@code AWS::ApiGatewayV2::Stage}s as project stages: variables, the default route settings as the stage's
 * throttling (and, for WebSocket APIs, its logging), per-route settings as method settings keyed by route key, and
 * the access log format. Stages serve the API as the template declares it; deployments are not snapshots here.
 */
final class StageReader {
    private static final PropertyRules RULES = new PropertyRules(Set.of("StageName", "StageVariables",
            "DefaultRouteSettings", "RouteSettings", "AccessLogSettings", "AutoDeploy", "DeploymentId"),
            Map.of("ClientCertificateId", "backends are called without a client certificate",
                    "AccessPolicyId", "access policies are not evaluated locally"));

    private final Findings findings;
    private final boolean webSocket;

    StageReader(Findings findings, boolean webSocket) {
        this.findings = findings;
        this.webSocket = webSocket;
    }

    /** @param routeKeys the API's route keys, which {@code RouteSettings} must name */
    Map<String, Stage> read(Iterable<V2Resource> stages, Set<String> routeKeys) {
        Map<String, Stage> out = new LinkedHashMap<>();
        for (V2Resource stage : stages) {
            RULES.check(stage, findings);
            Optional<String> name = stage.text("StageName").filter(n -> !n.isBlank());
            if (name.isEmpty()) {
                if (stage.has("StageName")) {
                    findings.unresolved(stage, "StageName", "StageName is left unresolved (see the warning on it)",
                            "pass its value with --param");
                } else {
                    findings.invalid(stage, "StageName", "the stage has no StageName", "write StageName: $default");
                }
                continue;
            }
            if (out.containsKey(name.get())) {
                findings.invalid(stage, "StageName", "another stage of the API is already named " + name.get(),
                        "API Gateway refuses a second stage with the same name");
                continue;
            }
            if (!stage.bool("AutoDeploy").orElse(false)) {
                findings.note(stage, "AutoDeploy", "without AutoDeploy the stage serves its last deployment;"
                        + " apigw serves the API as the template declares it");
            }
            JsonNode defaults = stage.get("DefaultRouteSettings");
            settingsChecks(stage, "DefaultRouteSettings", defaults);
            out.put(name.get(), new Stage(name.get(), variables(stage.get("StageVariables")), throttle(defaults),
                    Optional.empty(), accessLog(stage), logging(defaults), routeSettings(stage, routeKeys)));
        }
        return out;
    }

    private Map<String, MethodSettings> routeSettings(V2Resource stage, Set<String> routeKeys) {
        Map<String, MethodSettings> out = new LinkedHashMap<>();
        stage.get("RouteSettings").fields().forEachRemaining(e -> {
            if (!routeKeys.contains(e.getKey())) {
                findings.invalid(stage, "RouteSettings", "RouteSettings names the route '" + e.getKey()
                        + "', which the API does not have", "API Gateway fails the deployment: name an existing"
                        + " route key, e.g. GET /items/{id}");
                return;
            }
            settingsChecks(stage, "RouteSettings", e.getValue());
            throttle(e.getValue()).ifPresent(t -> out.put(methodKey(e.getKey()), new MethodSettings(Optional.of(t),
                    Optional.empty(), Optional.empty(), Optional.empty())));
        });
        return out;
    }

    /**
     * Method settings are looked up by {@code VERB path} of the matched route; the HTTP API's {@code $default} route
     * is the any-method of {@code /$default}. WebSocket route keys stay as they are.
     */
    private String methodKey(String routeKey) {
        return !webSocket && routeKey.equals(RouteKey.DEFAULT) ? "ANY /" + RouteKey.DEFAULT : routeKey;
    }

    private void settingsChecks(V2Resource stage, String property, JsonNode settings) {
        if (settings.has("DetailedMetricsEnabled")) {
            findings.notEmulated(stage, property + ".DetailedMetricsEnabled", "apigw keeps its own per-route metrics;"
                    + " nothing is sent to CloudWatch");
        }
        if (!webSocket && (settings.has("LoggingLevel") || settings.has("DataTraceEnabled"))) {
            findings.notEmulated(stage, property + ".LoggingLevel", "execution logging applies to WebSocket APIs"
                    + " only; HTTP APIs ignore it");
        }
        if (webSocket && (settings.has("ThrottlingRateLimit") || settings.has("ThrottlingBurstLimit"))) {
            findings.notEmulated(stage, property + ".Throttling", "apigw does not throttle WebSocket messages");
        }
    }

    private static Optional<ThrottleSettings> throttle(JsonNode settings) {
        JsonNode rate = settings.path("ThrottlingRateLimit");
        JsonNode burst = settings.path("ThrottlingBurstLimit");
        if (rate.isMissingNode() && burst.isMissingNode()) {
            return Optional.empty();
        }
        // a limit left out is the account's
        return Optional.of(new ThrottleSettings(number(rate, ThrottleSettings.ACCOUNT_DEFAULT.rateLimit()),
                (int) number(burst, ThrottleSettings.ACCOUNT_DEFAULT.burstLimit())));
    }

    private Optional<LoggingSettings> logging(JsonNode settings) {
        if (!webSocket || !settings.has("LoggingLevel")) {
            return Optional.empty();
        }
        String level = settings.get("LoggingLevel").asText("OFF").toUpperCase(Locale.ROOT);
        return Optional.of(new LoggingSettings(level, settings.path("DataTraceEnabled").asBoolean(false)));
    }

    private Optional<AccessLogSettings> accessLog(V2Resource stage) {
        JsonNode log = stage.get("AccessLogSettings");
        if (!log.isObject()) {
            return Optional.empty();
        }
        if (log.has("DestinationArn")) {
            findings.notEmulated(stage, "AccessLogSettings.DestinationArn", "access log lines are written by apigw"
                    + " (to the console or --access-log), not to CloudWatch Logs or Firehose");
        }
        return log.path("Format").isTextual() ? Optional.of(new AccessLogSettings(log.get("Format").asText(),
                Optional.empty())) : Optional.empty();
    }

    private static Map<String, String> variables(JsonNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().isValueNode()
                ? e.getValue().asText() : e.getValue().toString()));
        return out;
    }

    private static double number(JsonNode node, double fallback) {
        if (node.isNumber()) {
            return node.doubleValue();
        }
        try {
            return node.isTextual() ? Double.parseDouble(node.asText().trim()) : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
