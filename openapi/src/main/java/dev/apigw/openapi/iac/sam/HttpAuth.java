package dev.apigw.openapi.iac.sam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * An HTTP API's {@code Auth} as SAM writes it: JWT authorizers ({@code JwtConfiguration}, {@code IdentitySource}),
 * Lambda REQUEST authorizers ({@code FunctionArn}, {@code AuthorizerPayloadFormatVersion},
 * {@code EnableSimpleResponses}, {@code Identity}), the built-in {@code AWS_IAM} one ({@code EnableIamAuthorizer}),
 * and the {@code DefaultAuthorizer} on every route that has no security of its own (preflight OPTIONS excepted).
 */
final class HttpAuth {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String AUTHORIZER = "x-amazon-apigateway-authorizer";
    private static final Set<String> KEYS = Set.of("Authorizers", "DefaultAuthorizer", "EnableIamAuthorizer");
    private static final Set<String> AUTHORIZER_KEYS = Set.of("AuthorizationScopes", "JwtConfiguration",
            "IdentitySource", "FunctionArn", "FunctionInvokeRole", "Identity", "AuthorizerPayloadFormatVersion",
            "EnableSimpleResponses", "EnableFunctionDefaultPermissions");

    private HttpAuth() {
    }

    static void apply(OpenApiDoc doc, SamResource api, LambdaArns arns, Findings findings) {
        JsonNode auth = api.get("Auth");
        if (!auth.isObject()) {
            return;
        }
        auth.fieldNames().forEachRemaining(key -> {
            if (!KEYS.contains(key)) {
                findings.rejected(api.pointer("Auth", key), "'" + key + "' is not an Auth property SAM knows for"
                        + " an AWS::Serverless::HttpApi; ignored", "use one of " + String.join(", ",
                        new TreeSet<>(KEYS)));
            }
        });
        Map<String, ObjectNode> schemes = new LinkedHashMap<>();
        if (auth.path("EnableIamAuthorizer").asBoolean(false)) {
            schemes.put(SamAuthorizers.IAM, NODES.objectNode().put("type", "apiKey").put("name", "Authorization")
                    .put("in", "header").put("x-amazon-apigateway-authtype", "awsSigv4"));
        }
        auth.path("Authorizers").fields().forEachRemaining(e -> scheme(e.getKey(), e.getValue(),
                api.pointer("Auth", "Authorizers", e.getKey()), api, arns, findings)
                .ifPresent(s -> schemes.put(e.getKey(), s)));
        schemes.forEach((name, scheme) -> doc.securitySchemes().set(name, scheme));
        JsonNode chosen = auth.get("DefaultAuthorizer");
        if (chosen == null || !chosen.isTextual()) {
            return;
        }
        String name = chosen.asText();
        if (!schemes.containsKey(name)) {
            if (!auth.path("Authorizers").has(name)) {
                findings.rejected(api.pointer("Auth", "DefaultAuthorizer"), "SAM rejects " + api.logicalId()
                        + ": DefaultAuthorizer '" + name + "' is not defined in Auth.Authorizers; no default"
                        + " authorizer is applied", "define " + name + " under Auth.Authorizers");
            }
            return;
        }
        List<String> scopes = new ArrayList<>();
        auth.path("Authorizers").path(name).path("AuthorizationScopes").forEach(s -> scopes.add(s.asText()));
        for (String path : doc.pathNames()) {
            doc.operations(path, true).forEach((method, op) -> {
                boolean secured = op.path("security").isArray() && !op.path("security").isEmpty();
                if (!method.equals("options") && !secured) {
                    ArrayNode list = op.putArray("security").addObject().putArray(name);
                    scopes.forEach(list::add);
                }
            });
        }
    }

    private static Optional<ObjectNode> scheme(String name, JsonNode config, String pointer, SamResource api,
            LambdaArns arns, Findings findings) {
        String what = "authorizer " + name + " of " + api.logicalId();
        if (!config.isObject()) {
            findings.rejected(pointer, "SAM rejects " + what + ": it must be a map; left out", "write " + name
                    + ": { JwtConfiguration: {...}, IdentitySource: $request.header.Authorization }");
            return Optional.empty();
        }
        if (config.has("OpenIdConnectUrl")) {
            findings.rejected(pointer + "/OpenIdConnectUrl", "SAM rejects " + what + ": OpenIdConnectUrl is no"
                    + " longer supported; left out", "use JwtConfiguration: { issuer: ..., audience: [...] }");
            return Optional.empty();
        }
        config.fieldNames().forEachRemaining(key -> {
            if (!AUTHORIZER_KEYS.contains(key)) {
                findings.rejected(pointer + "/" + key, "'" + key + "' is not a property SAM knows for " + what
                        + "; ignored", "use one of " + String.join(", ", new TreeSet<>(AUTHORIZER_KEYS)));
            }
        });
        if (config.has("JwtConfiguration")) {
            if (!config.path("IdentitySource").isTextual()) {
                findings.rejected(pointer, "SAM rejects " + what + ": a JWT authorizer needs an IdentitySource;"
                        + " left out", "add IdentitySource: $request.header.Authorization");
                return Optional.empty();
            }
            ObjectNode scheme = NODES.objectNode().put("type", "oauth2");
            ObjectNode authorizer = scheme.putObject(AUTHORIZER);
            authorizer.set("jwtConfiguration", config.get("JwtConfiguration").deepCopy());
            authorizer.put("identitySource", config.get("IdentitySource").asText());
            authorizer.put("type", "jwt");
            return Optional.of(scheme);
        }
        if (!config.has("FunctionArn") || !config.has("AuthorizerPayloadFormatVersion")) {
            String missing = config.has("FunctionArn") ? "AuthorizerPayloadFormatVersion" : "FunctionArn";
            findings.rejected(pointer, "SAM rejects " + what + ": a Lambda authorizer must define " + missing
                    + " (a JWT authorizer, JwtConfiguration); left out, so its routes are not authorised",
                    "add " + missing + (missing.equals("FunctionArn") ? ": !GetAtt AuthFunction.Arn" : ": \"2.0\""));
            return Optional.empty();
        }
        ObjectNode scheme = NODES.objectNode().put("type", "apiKey").put("name", "Unused").put("in", "header");
        ObjectNode authorizer = scheme.putObject(AUTHORIZER);
        authorizer.put("type", "request");
        authorizer.set("authorizerUri", arns.authorizerUri(config.get("FunctionArn")));
        String role = config.path("FunctionInvokeRole").asText("");
        if (!role.isEmpty() && !role.equals("NONE")) {
            authorizer.put("authorizerCredentials", role);
        }
        JsonNode identity = config.path("Identity");
        if (identity.has("ReauthorizeEvery")) {
            authorizer.set("authorizerResultTtlInSeconds", SamAuthorizers.number(identity.get("ReauthorizeEvery")));
        }
        if (identity.isObject()) {
            authorizer.put("identitySource", identitySource(identity));
        }
        authorizer.put("authorizerPayloadFormatVersion", config.get("AuthorizerPayloadFormatVersion").asText());
        if (Numbers.bool(config.get("EnableSimpleResponses")).orElse(false)) {
            authorizer.put("enableSimpleResponses", true);
        }
        return Optional.of(scheme);
    }

    /**
     * {@code $request.header.X, $request.querystring.Y, $stageVariables.Z, $context.W}; SAM writes the list as a
     * JSON array, written here as the comma-separated string API Gateway documents for the extension.
     */
    private static String identitySource(JsonNode identity) {
        List<String> sources = new ArrayList<>();
        identity.path("Headers").forEach(h -> sources.add("$request.header." + h.asText()));
        identity.path("QueryStrings").forEach(q -> sources.add("$request.querystring." + q.asText()));
        identity.path("StageVariables").forEach(v -> sources.add("$stageVariables." + v.asText()));
        identity.path("Context").forEach(c -> sources.add("$context." + c.asText()));
        return String.join(", ", sources);
    }
}
