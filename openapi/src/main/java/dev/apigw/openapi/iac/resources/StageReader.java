package dev.apigw.openapi.iac.resources;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apigw.model.project.AccessLogSettings;
import dev.apigw.model.project.CacheSettings;
import dev.apigw.model.project.LoggingSettings;
import dev.apigw.model.project.MethodSettings;
import dev.apigw.model.project.Stage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One API's stages: each {@code AWS::ApiGateway::Stage}, and the stage CloudFormation creates for a
 * {@code AWS::ApiGateway::Deployment} with a {@code StageName} (configured by its {@code StageDescription}).
 * Variables, method settings (throttling, caching), the cache cluster, access log format and the stage-wide
 * logging level are read; the access log goes where apigw writes access logs, not to the CloudWatch destination.
 */
final class StageReader {
    private static final Set<String> STAGE_KNOWN = Set.of("AccessLogSetting", "CacheClusterEnabled",
            "CacheClusterSize", "DeploymentId", "Description", "DocumentationVersion", "MethodSettings", "RestApiId",
            "StageName", "Tags", "TracingEnabled", "Variables");
    private static final Set<String> DESCRIPTION_KNOWN = Set.of("AccessLogSetting", "CacheClusterEnabled",
            "CacheClusterSize", "CacheDataEncrypted", "CacheTtlInSeconds", "CachingEnabled", "DataTraceEnabled",
            "Description", "DocumentationVersion", "LoggingLevel", "MethodSettings", "MetricsEnabled", "Tags",
            "ThrottlingBurstLimit", "ThrottlingRateLimit", "TracingEnabled", "Variables");
    private static final Set<String> DEPLOYMENT_KNOWN = Set.of("Description", "RestApiId", "StageDescription",
            "StageName");

    /** The stages by name, and the name of each Stage resource by logical id (what {@code Ref} to it returns). */
    record Stages(Map<String, Stage> byName, Map<String, String> names) {
    }

    private final TemplateView view;
    private final Findings findings;
    private final MethodSettingReader methodSettings;

    StageReader(TemplateView view, Findings findings) {
        this.view = view;
        this.findings = findings;
        this.methodSettings = new MethodSettingReader(findings);
    }

    Stages read(String api, ApiMembers members) {
        Map<String, Stage> stages = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        List<String> deployments = members.of(api, ApiMembers.DEPLOYMENT);
        for (String id : deployments) {
            JsonNode properties = view.properties(id);
            findings.unknownProperties(id, properties, DEPLOYMENT_KNOWN, "");
            view.text(id, "StageName").filter(n -> !n.isBlank()).ifPresent(name -> {
                JsonNode description = properties.path("StageDescription");
                findings.unknownProperties(id, description, DESCRIPTION_KNOWN, "StageDescription");
                stages.put(name, stage(id, "StageDescription", name, description,
                        Optional.of(methodSettings.stageWide(id, "StageDescription", description))));
                names.put(id, name);
            });
        }
        for (String id : members.of(api, ApiMembers.STAGE)) {
            JsonNode properties = view.properties(id);
            findings.unknownProperties(id, properties, STAGE_KNOWN, "");
            deployment(id, deployments);
            String name = view.text(id, "StageName").filter(n -> !n.isBlank()).orElse(id);
            if (stages.containsKey(name)) {
                findings.invalid(id, "StageName", "stage '" + name + "' is already created by a Deployment's "
                        + "StageName; CloudFormation would fail to create it twice. This one is used",
                        "remove StageName from the Deployment, or name this stage differently");
            }
            stages.put(name, stage(id, "", name, properties, Optional.empty()));
            names.put(id, name);
        }
        return new Stages(stages, names);
    }

    private void deployment(String stage, List<String> deployments) {
        Optional<Reference> deployment = view.reference(stage, "DeploymentId");
        if (deployment.isPresent() && !deployments.contains(deployment.get().logicalId())) {
            findings.unresolved(stage, "DeploymentId", "DeploymentId names " + deployment.get().describe()
                    + ", which is no AWS::ApiGateway::Deployment of the same API", "write DeploymentId: !Ref "
                    + "<the API's AWS::ApiGateway::Deployment>");
        }
    }

    /**
     * @param at the property path of the stage's settings ({@code ""} for a Stage, {@code StageDescription})
     * @param wide the stage-wide settings a StageDescription gives with its own top-level properties
     */
    private Stage stage(String id, String at, String name, JsonNode properties, Optional<MethodSettingReader.Setting>
            wide) {
        if (Values.bool(properties.path("TracingEnabled"))) {
            findings.notEmulated(id, path(at, "TracingEnabled"), "TracingEnabled: X-Ray tracing is not emulated", "");
        }
        Map<String, MethodSettings> settings = new LinkedHashMap<>();
        Optional<LoggingSettings> logging = Optional.empty();
        if (wide.isPresent() && hasAny(properties)) {
            settings.put(wide.get().key(), wide.get().settings());
            logging = wide.get().logging();
        }
        JsonNode list = properties.path("MethodSettings");
        for (int i = 0; list.isArray() && i < list.size(); i++) {
            MethodSettingReader.Setting s = methodSettings.read(id, path(at, "MethodSettings/" + i), list.get(i));
            settings.merge(s.key(), s.settings(), StageReader::over);
            if (s.logging().isPresent()) {
                logging = s.logging();
            }
        }
        Optional<MethodSettings> all = Optional.ofNullable(settings.get(MethodSettingReader.ALL));
        return new Stage(name, Values.textMap(properties.path("Variables")),
                all.flatMap(MethodSettings::throttling),
                cache(properties, all),
                accessLog(properties.path("AccessLogSetting")),
                logging,
                settings);
    }

    /** {@code later}'s values where it has them, else {@code earlier}'s: a later entry for the same key refines. */
    private static MethodSettings over(MethodSettings earlier, MethodSettings later) {
        return new MethodSettings(later.throttling().or(earlier::throttling),
                later.cachingEnabled().or(earlier::cachingEnabled),
                later.cacheTtlInSeconds().or(earlier::cacheTtlInSeconds),
                later.requireAuthorizationForCacheControl().or(earlier::requireAuthorizationForCacheControl),
                later.unauthorizedCacheControlHeaderStrategy().or(earlier::unauthorizedCacheControlHeaderStrategy));
    }

    /** The cache cluster; its TTL is the stage-wide method setting's, else API Gateway's 300 seconds. */
    private static Optional<CacheSettings> cache(JsonNode properties, Optional<MethodSettings> all) {
        Optional<Boolean> enabled = Values.optionalBool(properties.path("CacheClusterEnabled"));
        if (enabled.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CacheSettings(enabled.get(),
                Values.text(properties.path("CacheClusterSize")).orElse("0.5"),
                all.flatMap(MethodSettings::cacheTtlInSeconds).orElse(CacheSettings.DEFAULT_TTL)));
    }

    private static Optional<AccessLogSettings> accessLog(JsonNode setting) {
        if (!setting.isObject()) {
            return Optional.empty();
        }
        return Optional.of(new AccessLogSettings(Values.text(setting.path("Format")).orElse(""), Optional.empty()));
    }

    private static boolean hasAny(JsonNode description) {
        for (String key : List.of("CacheTtlInSeconds", "CachingEnabled", "DataTraceEnabled", "LoggingLevel",
                "MetricsEnabled", "ThrottlingBurstLimit", "ThrottlingRateLimit")) {
            if (description.has(key)) {
                return true;
            }
        }
        return false;
    }

    private static String path(String at, String property) {
        return at.isEmpty() ? property : at + "/" + property;
    }
}
