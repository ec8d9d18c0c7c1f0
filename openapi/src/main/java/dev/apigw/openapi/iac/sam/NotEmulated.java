package dev.apigw.openapi.iac.sam;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Sorts an API resource's properties: those read into the definition or stages, those that only matter to a
 * deployment (tags, redeployment triggers) and change nothing about how requests are served, those with meaning
 * on AWS that apigw does not emulate (one warning each), and names SAM does not know at all.
 */
final class NotEmulated {
    static final Set<String> REST_READ = Set.of("DefinitionBody", "DefinitionUri", "StageName", "Variables",
            "MethodSettings", "CacheClusterEnabled", "CacheClusterSize", "Cors", "Auth", "GatewayResponses",
            "BinaryMediaTypes", "EndpointConfiguration", "Name", "OpenApiVersion", "Models", "MergeDefinitions",
            "MinimumCompressionSize", "DisableExecuteApiEndpoint", "ApiKeySourceType", "Description",
            "AccessLogSetting");
    static final Set<String> HTTP_READ = Set.of("DefinitionBody", "DefinitionUri", "StageName", "StageVariables",
            "Auth", "CorsConfiguration", "AccessLogSettings", "DefaultRouteSettings", "RouteSettings", "Name",
            "Description", "DisableExecuteApiEndpoint");
    /** Deployment-only: they change what CloudFormation creates or tags, never a response. */
    static final Set<String> REST_DEPLOYMENT = Set.of("Tags", "PropagateTags", "AlwaysDeploy", "FailOnWarnings",
            "Mode");
    static final Set<String> HTTP_DEPLOYMENT = Set.of("Tags", "PropagateTags", "FailOnWarnings");
    static final Map<String, String> REST_NOT_EMULATED = Map.of(
            "TracingEnabled", "X-Ray tracing (TracingEnabled) is not emulated",
            "CanarySetting", "canary deployments (CanarySetting) are not emulated: every request gets the stage's"
                    + " own deployment",
            "Domain", "custom domains (Domain) are not emulated yet: call the API on apigw's own host and port");
    static final Map<String, String> HTTP_NOT_EMULATED = Map.of(
            "Domain", "custom domains (Domain) are not emulated yet: call the API on apigw's own host and port");

    private NotEmulated() {
    }

    static void check(SamResource api, Findings findings) {
        boolean http = api.isHttp();
        Set<String> read = http ? HTTP_READ : REST_READ;
        Set<String> deployment = http ? HTTP_DEPLOYMENT : REST_DEPLOYMENT;
        Map<String, String> notEmulated = http ? HTTP_NOT_EMULATED : REST_NOT_EMULATED;
        String type = http ? EventRoutes.SAM_HTTP : EventRoutes.SAM_REST;
        api.properties().fieldNames().forEachRemaining(name -> {
            if (read.contains(name) || deployment.contains(name)) {
                return;
            }
            String message = notEmulated.get(name);
            if (message != null) {
                boolean off = api.get(name).isBoolean() && !api.get(name).asBoolean();
                if (!off) {
                    findings.notEmulated(api.pointer(name), message + " (" + api.logicalId() + ")",
                            "the API is served without it");
                }
                return;
            }
            findings.rejected(api.pointer(name), "'" + name + "' is not a property of " + type + " that SAM knows;"
                    + " ignored", "check the spelling; " + type + " reads " + String.join(", ",
                    new TreeSet<>(read)));
        });
    }
}
