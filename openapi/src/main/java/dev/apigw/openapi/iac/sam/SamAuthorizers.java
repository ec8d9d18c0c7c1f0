package dev.apigw.openapi.iac.sam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The security schemes SAM writes for a REST API's {@code Auth.Authorizers}: Cognito user pool authorizers
 * ({@code UserPoolArn}) and Lambda TOKEN or REQUEST authorizers ({@code FunctionArn}, {@code FunctionPayloadType},
 * {@code Identity}), plus the fixed {@code AWS_IAM} and {@code api_key} schemes.
 */
final class SamAuthorizers {
    static final String IAM = "AWS_IAM";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String AUTHORIZER = "x-amazon-apigateway-authorizer";
    private static final Set<String> KEYS = Set.of("UserPoolArn", "FunctionArn", "Identity", "FunctionPayloadType",
            "FunctionInvokeRole", "AuthorizationScopes", "DisableFunctionDefaultPermissions");

    private SamAuthorizers() {
    }

    /** The scheme of each usable authorizer, by name; an unusable one is left out with a finding. */
    static Map<String, ObjectNode> rest(SamResource api, LambdaArns arns, Findings findings) {
        Map<String, ObjectNode> out = new LinkedHashMap<>();
        JsonNode authorizers = api.get("Auth").path("Authorizers");
        if (!authorizers.isMissingNode() && !authorizers.isObject()) {
            findings.rejected(api.pointer("Auth", "Authorizers"), "SAM rejects " + api.logicalId()
                    + ": Auth.Authorizers must be a map of authorizer names to their settings; ignored",
                    "write Authorizers: { MyAuthorizer: { FunctionArn: !GetAtt AuthFunction.Arn } }");
            return out;
        }
        authorizers.fields().forEachRemaining(e -> {
            String pointer = api.pointer("Auth", "Authorizers", e.getKey());
            scheme(e.getKey(), e.getValue(), pointer, api, arns, findings).ifPresent(s -> out.put(e.getKey(), s));
        });
        return out;
    }

    private static java.util.Optional<ObjectNode> scheme(String name, JsonNode config, String pointer,
            SamResource api, LambdaArns arns, Findings findings) {
        String what = "authorizer " + name + " of " + api.logicalId();
        if (!config.isObject()) {
            findings.rejected(pointer, "SAM rejects " + what + ": it must be a map; left out",
                    "write " + name + ": { FunctionArn: !GetAtt AuthFunction.Arn }");
            return java.util.Optional.empty();
        }
        config.fieldNames().forEachRemaining(key -> {
            if (!KEYS.contains(key)) {
                findings.rejected(pointer + "/" + key, "'" + key + "' is not a property SAM knows for "
                        + what + "; ignored", "use one of " + String.join(", ", new java.util.TreeSet<>(KEYS)));
            }
        });
        JsonNode identity = config.path("Identity");
        boolean cognito = config.has("UserPoolArn");
        if (!cognito && !config.has("FunctionArn")) {
            findings.rejected(pointer, what + " has neither FunctionArn nor UserPoolArn, so API Gateway would"
                    + " have no authorizer to call; it is left out and its methods are not authorised", "add"
                    + " FunctionArn: !GetAtt AuthFunction.Arn (Lambda) or UserPoolArn: !GetAtt UserPool.Arn (Cognito)");
            return java.util.Optional.empty();
        }
        String payload = config.path("FunctionPayloadType").asText("TOKEN");
        if (!cognito && !payload.equals("TOKEN") && !payload.equals("REQUEST")) {
            findings.rejected(pointer + "/FunctionPayloadType", "SAM rejects " + what + ": FunctionPayloadType"
                    + " must be TOKEN or REQUEST, not '" + payload + "'; left out", "write FunctionPayloadType: REQUEST");
            return java.util.Optional.empty();
        }
        boolean request = !cognito && payload.equals("REQUEST");
        String identitySource = request ? requestIdentitySource(identity) : "";
        if (request && identitySource.isEmpty() && !identity.path("ReauthorizeEvery").asText("").equals("0")) {
            findings.rejected(pointer + "/Identity", "SAM rejects " + what + ": a REQUEST authorizer needs"
                    + " Identity with Headers, QueryStrings, StageVariables or Context; left out",
                    "add Identity: { Headers: [Authorization] }");
            return java.util.Optional.empty();
        }
        ObjectNode scheme = NODES.objectNode().put("type", "apiKey")
                .put("name", request ? "Unused" : identity.path("Header").asText("Authorization"))
                .put("in", "header")
                .put("x-amazon-apigateway-authtype", cognito ? "cognito_user_pools" : "custom");
        ObjectNode authorizer = scheme.putObject(AUTHORIZER);
        if (cognito) {
            authorizer.put("type", "cognito_user_pools");
            ArrayNode providers = authorizer.putArray("providerARNs");
            JsonNode pools = config.get("UserPoolArn");
            if (pools.isArray()) {
                pools.forEach(p -> providers.add(p.deepCopy()));
            } else {
                providers.add(pools.deepCopy());
            }
        } else {
            authorizer.put("type", request ? "request" : "token");
            authorizer.set("authorizerUri", arns.authorizerUri(config.get("FunctionArn")));
            if (identity.has("ReauthorizeEvery")) {
                authorizer.set("authorizerResultTtlInSeconds", number(identity.get("ReauthorizeEvery")));
            }
            String role = config.path("FunctionInvokeRole").asText("");
            if (!role.isEmpty() && !role.equals("NONE")) {
                authorizer.put("authorizerCredentials", role);
            }
            if (request) {
                authorizer.put("identitySource", identitySource);
            }
        }
        // Validation expressions exist only for Cognito and Lambda TOKEN authorizers.
        if (!request && identity.has("ValidationExpression")) {
            authorizer.set("identityValidationExpression", identity.get("ValidationExpression").deepCopy());
        }
        return java.util.Optional.of(scheme);
    }

    /** {@code method.request.header.X, method.request.querystring.Y, stageVariables.Z, context.W}. */
    private static String requestIdentitySource(JsonNode identity) {
        List<String> sources = new ArrayList<>();
        identity.path("Headers").forEach(h -> sources.add("method.request.header." + h.asText()));
        identity.path("QueryStrings").forEach(q -> sources.add("method.request.querystring." + q.asText()));
        identity.path("StageVariables").forEach(v -> sources.add("stageVariables." + v.asText()));
        identity.path("Context").forEach(c -> sources.add("context." + c.asText()));
        return String.join(", ", sources);
    }

    /** A number written as text (parameters resolve to strings) becomes a number again. */
    static JsonNode number(JsonNode value) {
        if (value.isTextual() && value.asText().matches("-?\\d+")) {
            return NODES.numberNode(Integer.parseInt(value.asText()));
        }
        return value.deepCopy();
    }

    /** SAM's {@code AWS_IAM} scheme (SigV4), added once. */
    static void addIam(OpenApiDoc doc) {
        ObjectNode schemes = doc.securitySchemes();
        if (!schemes.has(IAM)) {
            schemes.putObject(IAM).put("x-amazon-apigateway-authtype", "awsSigv4").put("type", "apiKey")
                    .put("name", "Authorization").put("in", "header");
        }
    }

    /** SAM's {@code api_key} scheme ({@code x-api-key} header), added once. */
    static void addApiKey(OpenApiDoc doc) {
        ObjectNode schemes = doc.securitySchemes();
        if (!schemes.has(SecurityMarkers.API_KEY)) {
            schemes.putObject(SecurityMarkers.API_KEY).put("type", "apiKey").put("name", "x-api-key")
                    .put("in", "header");
        }
    }
}
