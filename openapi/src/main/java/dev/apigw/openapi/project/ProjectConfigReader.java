package dev.apigw.openapi.project;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apigw.model.api.ApiType;
import dev.apigw.model.diag.ApigwException;
import dev.apigw.model.diag.Diagnostic;
import dev.apigw.model.project.AccountSettings;
import dev.apigw.model.project.AccessLogSettings;
import dev.apigw.model.project.ApiKey;
import dev.apigw.model.project.CacheSettings;
import dev.apigw.model.project.FunctionBinding;
import dev.apigw.model.project.FunctionRuntime;
import dev.apigw.model.project.LambdaRuntimeName;
import dev.apigw.model.project.IamCredential;
import dev.apigw.model.project.LoggingSettings;
import dev.apigw.model.project.MethodSettings;
import dev.apigw.model.project.ProjectConfig;
import dev.apigw.model.project.Quota;
import dev.apigw.model.project.Stage;
import dev.apigw.model.project.ThrottleSettings;
import dev.apigw.model.project.UnauthorizedCacheControlHeaderStrategy;
import dev.apigw.model.project.TokenAuthorizerSettings;
import dev.apigw.model.project.UsagePlan;
import dev.apigw.model.websocket.WebSocketApi;
import dev.apigw.openapi.json.Json;
import dev.apigw.openapi.source.SourceDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads {@code apigw.yaml} into a {@link ProjectConfig}; a wrong shape is an error at its line and column. */
public final class ProjectConfigReader {
    private static final Set<String> TOP_KEYS = Set.of("definition", "type", "parameters", "stages", "apiKeys",
            "usagePlans", "functions", "credentials", "serviceEndpoints", "account", "authorizers", "websocket");
    private static final String RULE = "APIGW-PROJECT-001";

    private final SourceDocument source;
    private final List<Diagnostic> problems = new ArrayList<>();

    private ProjectConfigReader(SourceDocument source) {
        this.source = source;
    }

    public static ProjectConfig read(SourceDocument source) {
        ProjectConfigReader reader = new ProjectConfigReader(source);
        ProjectConfig config = reader.config(source.root());
        if (!reader.problems.isEmpty()) {
            throw new ApigwException(ApigwException.Kind.INPUT, "invalid project file " + source.file(),
                    reader.problems);
        }
        return config;
    }

    private ProjectConfig config(JsonNode root) {
        root.fieldNames().forEachRemaining(k -> {
            if (!TOP_KEYS.contains(k)) {
                problem("/" + k, "unknown key '" + k + "' in the project file", "use one of " + TOP_KEYS);
            }
        });
        Optional<ApiType> type = text(root, "type", "").flatMap(t -> {
            try {
                return Optional.of(ApiType.valueOf(t.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                problem("/type", "unknown API type '" + t + "'", "use rest, http or websocket");
                return Optional.empty();
            }
        });
        Map<String, Stage> stages = new LinkedHashMap<>();
        objectEntries(root, "stages", "").forEach((name, node) -> stages.put(name, stage(name, node, "/stages/" + name)));
        List<ApiKey> keys = new ArrayList<>();
        listItems(root, "apiKeys").forEach((pointer, node) -> keys.add(new ApiKey(
                required(node, "name", pointer), required(node, "value", pointer),
                node.path("enabled").asBoolean(true))));
        List<UsagePlan> plans = new ArrayList<>();
        listItems(root, "usagePlans").forEach((pointer, node) -> plans.add(new UsagePlan(
                required(node, "name", pointer), strings(node, "stages", pointer), strings(node, "apiKeys", pointer),
                throttle(node.get("throttling"), pointer + "/throttling"),
                Optional.ofNullable(node.get("quota")).map(q -> new Quota(q.path("limit").asLong(0),
                        q.path("period").asText("DAY").toUpperCase(Locale.ROOT), q.path("offset").asInt(0))),
                methodThrottling(node, pointer))));
        Map<String, FunctionBinding> functions = new LinkedHashMap<>();
        objectEntries(root, "functions", "").forEach((name, node) -> functions.put(name, function(name, node,
                "/functions/" + name)));
        List<IamCredential> credentials = new ArrayList<>();
        listItems(root, "credentials").forEach((pointer, node) -> credentials.add(new IamCredential(
                required(node, "accessKeyId", pointer), required(node, "secretAccessKey", pointer),
                text(node, "user", pointer), text(node, "accountId", pointer), policy(node, pointer))));
        Map<String, TokenAuthorizerSettings> authorizers = new LinkedHashMap<>();
        objectEntries(root, "authorizers", "").forEach((name, node) -> authorizers.put(name,
                tokenAuthorizer(node, "/authorizers/" + name)));
        return new ProjectConfig(text(root, "definition", ""), type, stringMap(root.get("parameters"), "/parameters"),
                stages, keys, plans, functions, credentials,
                stringMap(root.get("serviceEndpoints"), "/serviceEndpoints"), account(root.get("account")),
                authorizers, webSocket(root, type));
    }

    /** {@code websocket:}, the WebSocket API itself (it has no OpenAPI form); only with {@code type: websocket}. */
    private Optional<WebSocketApi> webSocket(JsonNode root, Optional<ApiType> type) {
        JsonNode node = root.get("websocket");
        if (node == null || node.isNull()) {
            if (type.filter(t -> t == ApiType.WEBSOCKET).isPresent() && !root.has("definition")) {
                problem("/type", "type: websocket needs a websocket section with the routes (WebSocket APIs have no "
                        + "OpenAPI form)", "add websocket: { routeSelectionExpression: $request.body.action, routes: "
                        + "{ ... } }; see docs/websocket.md");
            }
            return Optional.empty();
        }
        if (type.filter(t -> t == ApiType.WEBSOCKET).isEmpty()) {
            problem("/websocket", "a websocket section needs 'type: websocket'", "add type: websocket");
        }
        return Optional.ofNullable(new WebSocketDefinitionReader(source, problems).read(node));
    }

    /** {@code account: {throttling: {rateLimit, burstLimit}}}; AWS's default account limits when absent. */
    private AccountSettings account(JsonNode node) {
        if (node == null || node.isNull()) {
            return AccountSettings.DEFAULT;
        }
        if (!node.isObject()) {
            problem("/account", "account must be a map", "write account: { throttling: { rateLimit: 10000, "
                    + "burstLimit: 5000 } }");
            return AccountSettings.DEFAULT;
        }
        return new AccountSettings(throttle(node.get("throttling"), "/account/throttling")
                .orElse(ThrottleSettings.ACCOUNT_DEFAULT));
    }

    /** A usage plan's {@code methodThrottling: {"GET /pets": {rateLimit, burstLimit}}}. */
    private Map<String, ThrottleSettings> methodThrottling(JsonNode plan, String pointer) {
        Map<String, ThrottleSettings> out = new LinkedHashMap<>();
        objectEntries(plan, "methodThrottling", pointer).forEach((key, node) -> throttle(node,
                pointer + "/methodThrottling/" + key).ifPresent(t -> out.put(key, t)));
        return out;
    }

    private Stage stage(String name, JsonNode node, String pointer) {
        Map<String, MethodSettings> methodSettings = new LinkedHashMap<>();
        objectEntries(node, "methodSettings", pointer).forEach((key, m) -> {
            String p = pointer + "/methodSettings/" + key;
            JsonNode caching = m.path("caching");
            methodSettings.put(key, new MethodSettings(throttle(m.get("throttling"), p + "/throttling"),
                    caching.has("enabled") ? Optional.of(caching.get("enabled").asBoolean()) : Optional.empty(),
                    caching.has("ttlInSeconds") ? Optional.of(caching.get("ttlInSeconds").asInt()) : Optional.empty(),
                    caching.has("requireAuthorizationForCacheControl")
                            ? Optional.of(caching.get("requireAuthorizationForCacheControl").asBoolean())
                            : Optional.empty(),
                    cacheControlStrategy(caching, p + "/caching/unauthorizedCacheControlHeaderStrategy")));
        });
        JsonNode cache = node.get("cache");
        JsonNode log = node.get("accessLog");
        JsonNode logging = node.get("logging");
        // YAML 1.1 reads a bare OFF as false: that is the level OFF, as written.
        String level = logging == null ? "INFO" : logging.path("level").isBoolean()
                ? (logging.get("level").asBoolean() ? "true" : "OFF") : logging.path("level").asText("INFO");
        if (!Set.of("OFF", "ERROR", "INFO").contains(level.toUpperCase(Locale.ROOT))) {
            problem(pointer + "/logging/level", "unknown logging level '" + level + "'",
                    "use OFF, ERROR (the default: one line per failed request) or INFO (every request's steps)");
        }
        return new Stage(name, stringMap(node.get("variables"), pointer + "/variables"),
                throttle(node.get("throttling"), pointer + "/throttling"),
                Optional.ofNullable(cache).map(c -> new CacheSettings(c.path("enabled").asBoolean(false),
                        c.path("size").asText("0.5"), c.path("ttlInSeconds").asInt(CacheSettings.DEFAULT_TTL))),
                Optional.ofNullable(log).map(l -> new AccessLogSettings(l.path("format").asText(""),
                        l.has("destination") ? Optional.of(l.get("destination").asText()) : Optional.empty())),
                Optional.ofNullable(logging).map(l -> new LoggingSettings(level, l.path("dataTrace").asBoolean(false))),
                methodSettings);
    }

    private Optional<UnauthorizedCacheControlHeaderStrategy> cacheControlStrategy(JsonNode caching,
            String pointer) {
        if (!caching.has("unauthorizedCacheControlHeaderStrategy")) {
            return Optional.empty();
        }
        String text = caching.get("unauthorizedCacheControlHeaderStrategy").asText();
        Optional<UnauthorizedCacheControlHeaderStrategy> strategy = UnauthorizedCacheControlHeaderStrategy.parse(text);
        if (strategy.isEmpty()) {
            problem(pointer, "unknown unauthorizedCacheControlHeaderStrategy '" + text + "'",
                    "use FAIL_WITH_403, SUCCEED_WITH_RESPONSE_HEADER or SUCCEED_WITHOUT_RESPONSE_HEADER");
        }
        return strategy;
    }

    private TokenAuthorizerSettings tokenAuthorizer(JsonNode node, String pointer) {
        node.fieldNames().forEachRemaining(k -> {
            if (!Set.of("jwks", "issuer").contains(k)) {
                problem(pointer + "/" + k, "unknown key '" + k + "' in an authorizer entry",
                        "use jwks: keys/jwks.json (a file or an http(s) URL) and optionally issuer: https://...");
            }
        });
        Optional<String> jwks = text(node, "jwks", pointer).filter(j -> !j.isBlank());
        Optional<String> issuer = text(node, "issuer", pointer).filter(i -> !i.isBlank());
        if (issuer.isPresent() && !issuer.get().startsWith("https://") && !issuer.get().startsWith("http://")) {
            problem(pointer + "/issuer", "issuer '" + issuer.get() + "' is not a URL",
                    "write the issuer as the token's iss claim, e.g. https://cognito-idp.us-east-1.amazonaws.com/us-east-1_abc");
        }
        return new TokenAuthorizerSettings(jwks, issuer);
    }

    private static final Set<String> FUNCTION_KEYS = Set.of("command", "url", "handler", "classpath", "environment",
            "timeoutSeconds", "timeout", "runtime", "codeUri", "memorySize", "reservedConcurrency", "layers");

    private FunctionBinding function(String name, JsonNode node, String pointer) {
        node.fieldNames().forEachRemaining(k -> {
            if (!FUNCTION_KEYS.contains(k)) {
                problem(pointer + "/" + k, "unknown key '" + k + "' in function '" + name + "'",
                        "use one of " + new java.util.TreeSet<>(FUNCTION_KEYS));
            }
        });
        List<String> command = new ArrayList<>();
        JsonNode c = node.get("command");
        if (c != null && c.isArray()) {
            c.forEach(x -> command.add(x.asText()));
        } else if (c != null) {
            command.addAll(List.of(c.asText().trim().split("\\s+")));
        }
        Optional<String> url = text(node, "url", pointer);
        Optional<String> handler = text(node, "handler", pointer);
        Optional<FunctionRuntime> runtime = runtime(name, node, pointer, handler);
        if (command.isEmpty() && url.isEmpty() && handler.isEmpty() && !node.has("runtime")) {
            problem(pointer, "function '" + name + "' says neither how to run it nor where it listens",
                    "give runtime: nodejs20.x with handler: app.handler and codeUri: src/, command: [node, fn.js], "
                            + "url: http://127.0.0.1:9001 or handler: com.example.Handler with a classpath");
        }
        List<String> classpath = new ArrayList<>();
        JsonNode cp = node.get("classpath");
        if (cp != null && cp.isArray()) {
            cp.forEach(x -> classpath.add(x.asText()));
        } else if (cp != null) {
            classpath.addAll(List.of(cp.asText().trim().split("[" + java.io.File.pathSeparator + ",]\\s*")));
        }
        if (handler.isPresent() && !node.has("runtime") && command.isEmpty() && url.isEmpty() && classpath.isEmpty()) {
            problem(pointer, "function '" + name + "' has a handler but neither a runtime nor a classpath",
                    "add runtime: nodejs20.x|python3.12|java21|provided.al2023 and codeUri: src/, or for a Java "
                            + "handler in apigw's own JVM classpath: [target/classes, target/lib/*]");
        }
        return new FunctionBinding(name, command, url, handler, stringMap(node.get("environment"),
                pointer + "/environment"), timeout(node, pointer), classpath, runtime);
    }

    /** {@code timeout} as in SAM, or the older {@code timeoutSeconds}; Lambda allows 1 to 900 seconds. */
    private Optional<Integer> timeout(JsonNode node, String pointer) {
        String key = node.has("timeout") ? "timeout" : "timeoutSeconds";
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.canConvertToInt() || value.asInt() < 1 || value.asInt() > 900) {
            problem(pointer + "/" + key, key + " must be a whole number of seconds from 1 to 900, as Lambda allows, "
                    + "but was " + value, "write " + key + ": 3");
            return Optional.empty();
        }
        return Optional.of(value.asInt());
    }

    /** The Lambda runtime part of a function entry, when it names a {@code runtime}. */
    private Optional<FunctionRuntime> runtime(String name, JsonNode node, String pointer, Optional<String> handler) {
        Optional<String> runtime = text(node, "runtime", pointer);
        if (runtime.isEmpty()) {
            for (String key : List.of("codeUri", "memorySize", "reservedConcurrency", "layers")) {
                if (node.has(key)) {
                    problem(pointer + "/" + key, "'" + key + "' needs a runtime in function '" + name + "'",
                            "add runtime: nodejs20.x (or python3.12, java21, provided.al2023)");
                }
            }
            return Optional.empty();
        }
        if (LambdaRuntimeName.parse(runtime.get()).isEmpty()) {
            problem(pointer + "/runtime", "unknown Lambda runtime '" + runtime.get() + "' in function '" + name + "'",
                    "use one of " + String.join(", ", LambdaRuntimeName.SUPPORTED));
            return Optional.empty();
        }
        if (handler.isEmpty() && !runtime.get().startsWith("provided")) {
            problem(pointer, "function '" + name + "' has runtime " + runtime.get() + " but no handler",
                    "add handler: app.handler (file app, exported function handler)");
        }
        int memory = 0;
        if (node.has("memorySize")) {
            JsonNode m = node.get("memorySize");
            if (!m.canConvertToInt() || m.asInt() < 128 || m.asInt() > 10240) {
                problem(pointer + "/memorySize", "memorySize must be from 128 to 10240 MB, as Lambda allows, but was "
                        + m, "write memorySize: 256");
            } else {
                memory = m.asInt();
            }
        }
        Optional<Integer> reserved = Optional.empty();
        if (node.has("reservedConcurrency")) {
            JsonNode r = node.get("reservedConcurrency");
            if (!r.canConvertToInt() || r.asInt() < 1) {
                problem(pointer + "/reservedConcurrency", "reservedConcurrency must be a whole number from 1 but was "
                        + r, "write reservedConcurrency: 2, or leave it out for up to 10 parallel instances");
            } else {
                reserved = Optional.of(r.asInt());
            }
        }
        return Optional.of(new FunctionRuntime(runtime.get(), text(node, "codeUri", pointer).orElse("."), memory,
                reserved, strings(node, "layers", pointer)));
    }

    private Optional<ThrottleSettings> throttle(JsonNode node, String pointer) {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isObject()) {
            problem(pointer, "throttling must be an object", "write throttling: { rateLimit: 10, burstLimit: 5 }");
            return Optional.empty();
        }
        return Optional.of(new ThrottleSettings(node.path("rateLimit").asDouble(0), node.path("burstLimit").asInt(0)));
    }

    private Map<String, String> stringMap(JsonNode node, String pointer) {
        Map<String, String> out = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (!node.isObject()) {
            problem(pointer, "expected a map of names to values", "write it as key: value lines");
            return out;
        }
        node.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().isValueNode()
                ? e.getValue().asText() : e.getValue().toString()));
        return out;
    }

    private Map<String, JsonNode> objectEntries(JsonNode node, String key, String pointer) {
        return MapEntries.objects(node, key, pointer, "docs/project-file.md", this::problem);
    }

    private Map<String, JsonNode> listItems(JsonNode root, String key) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        JsonNode value = root.get(key);
        if (value == null || value.isNull()) {
            return out;
        }
        if (!value.isArray()) {
            problem("/" + key, key + " must be a list", "start each entry with '- '");
            return out;
        }
        for (int i = 0; i < value.size(); i++) {
            out.put("/" + key + "/" + i, value.get(i));
        }
        return out;
    }

    private List<String> strings(JsonNode node, String key, String pointer) {
        List<String> out = new ArrayList<>();
        JsonNode value = node.get(key);
        if (value != null && value.isArray()) {
            value.forEach(v -> out.add(v.asText()));
        } else if (value != null) {
            problem(pointer + "/" + key, key + " must be a list", "write " + key + ": [a, b]");
        }
        return out;
    }

    private String required(JsonNode node, String key, String pointer) {
        JsonNode value = node.get(key);
        if (value == null || !value.isValueNode() || value.asText().isEmpty()) {
            problem(pointer, "missing '" + key + "'", "add " + key + ": ...");
            return "";
        }
        return value.asText();
    }

    private Optional<String> text(JsonNode node, String key, String pointer) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isValueNode()) {
            problem(pointer + "/" + key, key + " must be a string", "write " + key + ": value");
            return Optional.empty();
        }
        return Optional.of(value.asText());
    }

    private void problem(String pointer, String message, String hint) {
        problems.add(Diagnostic.error(RULE, source.locate(pointer), message, hint));
    }

    /** A credential's identity policy: an object (its Statement is checked when the simulator parses it). */
    @SuppressWarnings("unchecked")
    private Optional<Map<String, Object>> policy(JsonNode credential, String pointer) {
        JsonNode policy = credential.get("policy");
        if (policy == null || policy.isNull()) {
            return Optional.empty();
        }
        if (!policy.isObject()) {
            problem(pointer + "/policy", "policy must be an IAM policy document (an object with a Statement)",
                    "policy: { Version: \"2012-10-17\", Statement: [{ Effect: Allow, Action: \"execute-api:Invoke\", "
                            + "Resource: \"arn:aws:execute-api:*:*:*/*/GET/pets\" }] }");
            return Optional.empty();
        }
        return Optional.of(Json.JSON.convertValue(policy, Map.class));
    }
}
