package dev.apigw.openapi.iac.sam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apigw.openapi.iac.CloudFormationTemplate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SAM's {@code Globals} section as the transform applies it: a resource's own value wins for scalars and for values
 * of different kinds, lists are concatenated (global items first, duplicates kept), maps are merged key by key with
 * the same rules. An intrinsic function counts as a scalar. The {@code IgnoreGlobals} resource attribute drops all
 * ({@code "*"}) or the named global properties for that resource.
 */
public final class SamGlobals {

    /** The properties SAM accepts in each Globals section; anything else makes the SAM transform fail. */
    public static final Map<String, Set<String>> SUPPORTED = Map.of(
            "Function", Set.of("Handler", "Runtime", "CodeUri", "DeadLetterQueue", "Description", "MemorySize",
                    "Timeout", "VpcConfig", "Environment", "Tags", "PropagateTags", "Tracing", "KmsKeyArn",
                    "AutoPublishAlias", "AutoPublishAliasAllProperties", "Layers", "DeploymentPreference",
                    "RolePath", "PermissionsBoundary", "ReservedConcurrentExecutions",
                    "ProvisionedConcurrencyConfig", "AssumeRolePolicyDocument", "EventInvokeConfig",
                    "FileSystemConfigs", "CodeSigningConfigArn", "Architectures", "SnapStart", "EphemeralStorage",
                    "FunctionUrlConfig", "RuntimeManagementConfig", "LoggingConfig", "RecursiveLoop",
                    "SourceKMSKeyArn"),
            "Api", Set.of("Auth", "Name", "DefinitionUri", "CacheClusterEnabled", "CacheClusterSize",
                    "MergeDefinitions", "Variables", "EndpointConfiguration", "MethodSettings", "BinaryMediaTypes",
                    "MinimumCompressionSize", "Cors", "GatewayResponses", "AccessLogSetting", "CanarySetting",
                    "TracingEnabled", "OpenApiVersion", "Domain", "AlwaysDeploy", "PropagateTags"),
            "HttpApi", Set.of("Auth", "AccessLogSettings", "StageVariables", "Tags", "CorsConfiguration",
                    "DefaultRouteSettings", "Domain", "RouteSettings", "FailOnWarnings", "PropagateTags"),
            "SimpleTable", Set.of("SSESpecification"),
            "StateMachine", Set.of("PropagateTags"),
            "LayerVersion", Set.of("PublishLambdaVersion"));

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final CloudFormationTemplate template;

    private SamGlobals(CloudFormationTemplate template) {
        this.template = template;
    }

    public static SamGlobals of(CloudFormationTemplate template) {
        return new SamGlobals(template);
    }

    /**
     * The supported global properties of one section ({@code Function}, {@code Api}, {@code HttpApi}), intrinsics
     * resolved; an empty object when the template has none. Unsupported ones are left out (see
     * {@link #unsupported(String)}).
     */
    public ObjectNode section(String kind) {
        JsonNode section = template.globals(kind);
        ObjectNode out = NODES.objectNode();
        if (section.isObject()) {
            Set<String> supported = SUPPORTED.getOrDefault(kind, Set.of());
            section.fields().forEachRemaining(e -> {
                if (supported.contains(e.getKey())) {
                    out.set(e.getKey(), e.getValue());
                }
            });
        }
        return out;
    }

    /** Global properties SAM refuses in this section (the transform fails on them); apigw ignores them. */
    public List<String> unsupported(String kind) {
        List<String> out = new ArrayList<>();
        JsonNode section = template.root().path("Globals").path(kind);
        Set<String> supported = SUPPORTED.getOrDefault(kind, Set.of());
        section.fieldNames().forEachRemaining(name -> {
            if (!supported.contains(name)) {
                out.add(name);
            }
        });
        return out;
    }

    /** {@code properties} of resource {@code logicalId} with this section's globals merged in. */
    public ObjectNode apply(String kind, String logicalId, ObjectNode properties) {
        ObjectNode globals = section(kind);
        JsonNode ignore = template.resource(logicalId).path("IgnoreGlobals");
        if (ignore.isTextual() && ignore.asText().equals("*")) {
            return properties.deepCopy();
        }
        if (ignore.isArray()) {
            Set<String> ignored = new HashSet<>();
            ignore.forEach(name -> ignored.add(name.asText()));
            globals.remove(ignored);
        }
        return (ObjectNode) merge(globals, properties);
    }

    /** SAM's merge of one global value with the resource's own value (either may be null or missing). */
    public static JsonNode merge(JsonNode global, JsonNode local) {
        if (local == null || local.isMissingNode()) {
            return global == null ? NODES.missingNode() : global.deepCopy();
        }
        if (global == null || global.isMissingNode()) {
            return local.deepCopy();
        }
        if (isMap(global) && isMap(local)) {
            ObjectNode out = (ObjectNode) global.deepCopy();
            local.fields().forEachRemaining(e -> out.set(e.getKey(), merge(global.get(e.getKey()), e.getValue())));
            return out;
        }
        if (global.isArray() && local.isArray()) {
            ArrayNode out = (ArrayNode) global.deepCopy();
            local.forEach(item -> out.add(item.deepCopy()));
            return out;
        }
        return local.deepCopy();
    }

    /** A map that is not an intrinsic function call (SAM treats those as scalars). */
    private static boolean isMap(JsonNode node) {
        return node.isObject() && !Intrinsics.isCall(node);
    }
}
