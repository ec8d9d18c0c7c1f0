package dev.apigw.openapi.project;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apigw.model.api.Authorizer;
import dev.apigw.model.api.AuthorizerType;
import dev.apigw.model.api.ContentHandling;
import dev.apigw.model.api.Integration;
import dev.apigw.model.api.IntegrationResponse;
import dev.apigw.model.api.IntegrationType;
import dev.apigw.model.api.TextValue;
import dev.apigw.model.diag.Diagnostic;
import dev.apigw.model.websocket.ConnectionLimits;
import dev.apigw.model.websocket.WebSocketApi;
import dev.apigw.model.websocket.WebSocketRoute;
import dev.apigw.openapi.source.SourceDocument;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads the {@code websocket:} section of {@code apigw.yaml} into a {@link WebSocketApi}. AWS has no OpenAPI form
 * for WebSocket APIs, so the section mirrors the API Gateway v2 resources (Api, Route, Integration,
 * IntegrationResponse, RouteResponse, Authorizer) with their property names. Every problem is reported at its line.
 */
final class WebSocketDefinitionReader {
    private static final String RULE = "APIGW-PROJECT-001";
    private static final Set<String> API_KEYS = Set.of("name", "routeSelectionExpression",
            "apiKeySelectionExpression", "routes", "authorizers", "idleTimeoutSeconds", "maxConnectionSeconds");
    private static final Set<String> ROUTE_KEYS = Set.of("integration", "routeResponseSelectionExpression",
            "routeResponses", "authorizationType", "authorizer", "apiKeyRequired");
    private static final Set<String> INTEGRATION_KEYS = Set.of("type", "uri", "httpMethod", "timeoutInMillis",
            "templateSelectionExpression", "requestTemplates", "requestParameters", "passthroughBehavior",
            "responses", "contentHandlingStrategy");
    private static final Set<String> RESPONSE_KEYS = Set.of("templateSelectionExpression", "responseTemplates",
            "contentHandlingStrategy");
    private static final Set<String> AUTHORIZER_KEYS = Set.of("type", "authorizerUri", "identitySource",
            "authorizerResultTtlInSeconds");
    private static final List<IntegrationType> SUPPORTED = List.of(IntegrationType.MOCK, IntegrationType.HTTP,
            IntegrationType.HTTP_PROXY, IntegrationType.AWS_PROXY);
    private static final Pattern SELECTION = Pattern.compile("\\$\\{?request\\.body\\.[^}\\s]+\\}?");
    private static final List<String> IDENTITY_PREFIXES = List.of("route.request.header.",
            "route.request.querystring.", "stageVariables.", "context.");

    private final SourceDocument source;
    private final List<Diagnostic> problems;

    WebSocketDefinitionReader(SourceDocument source, List<Diagnostic> problems) {
        this.source = source;
        this.problems = problems;
    }

    WebSocketApi read(JsonNode node) {
        String at = "/websocket";
        if (!node.isObject()) {
            problem(at, "websocket must be a map", "see docs/websocket.md");
            return null;
        }
        unknownKeys(node, at, API_KEYS);
        String selection = node.path("routeSelectionExpression").asText("");
        if (selection.isEmpty()) {
            problem(at, "missing 'routeSelectionExpression'", "add routeSelectionExpression: $request.body.action");
        } else if (!SELECTION.matcher(selection).find()) {
            problem(at + "/routeSelectionExpression", "routeSelectionExpression '" + selection
                    + "' selects nothing from the message", "use $request.body.<field>, e.g. $request.body.action");
        }
        Map<String, Authorizer> authorizers = new LinkedHashMap<>();
        entries(node, "authorizers", at).forEach((name, a) -> authorizers.put(name,
                authorizer(name, a, at + "/authorizers/" + escape(name))));
        Map<String, WebSocketRoute> routes = new LinkedHashMap<>();
        entries(node, "routes", at).forEach((key, r) -> routes.put(key,
                route(key, r, at + "/routes/" + escape(key), authorizers)));
        if (routes.isEmpty() && node.has("routes")) {
            problem(at + "/routes", "the WebSocket API has no routes", "add $connect, $default or a custom route");
        } else if (!node.has("routes")) {
            problem(at, "missing 'routes'", "add routes: { $default: { integration: { type: MOCK } } }");
        }
        ConnectionLimits limits = ConnectionLimits.AWS.withTimes(
                seconds(node, "idleTimeoutSeconds", at, ConnectionLimits.AWS.idleTimeout()),
                seconds(node, "maxConnectionSeconds", at, ConnectionLimits.AWS.maxDuration()));
        Optional<String> keySelection = text(node, "apiKeySelectionExpression");
        keySelection.filter(k -> !k.startsWith("$request.header.")
                && !k.equals("$context.authorizer.usageIdentifierKey"))
                .ifPresent(k -> problem(at + "/apiKeySelectionExpression", "apiKeySelectionExpression '" + k
                        + "' is not one API Gateway accepts",
                        "use $request.header.x-api-key or $context.authorizer.usageIdentifierKey"));
        return new WebSocketApi(node.path("name").asText("websocket"), selection, keySelection, routes,
                authorizers, limits);
    }

    private WebSocketRoute route(String key, JsonNode node, String at, Map<String, Authorizer> authorizers) {
        unknownKeys(node, at, ROUTE_KEYS);
        Optional<Integration> integration = Optional.empty();
        Optional<String> templateSelection = Optional.empty();
        Map<String, String> responseSelections = new LinkedHashMap<>();
        JsonNode i = node.get("integration");
        if (i != null && !i.isNull()) {
            if (!i.isObject()) {
                problem(at + "/integration", "integration must be a map", "write integration: { type: MOCK }");
            } else {
                templateSelection = text(i, "templateSelectionExpression");
                integration = Optional.of(integration(i, at + "/integration", responseSelections));
            }
        }
        Optional<String> routeResponse = text(node, "routeResponseSelectionExpression");
        if (routeResponse.isPresent() && !WebSocketApi.DEFAULT.equals(routeResponse.get())) {
            problem(at + "/routeResponseSelectionExpression", "routeResponseSelectionExpression must be $default "
                    + "(the only value API Gateway supports for WebSocket APIs)", "write "
                    + "routeResponseSelectionExpression: $default to send the integration's answer back");
        }
        JsonNode routeResponses = node.get("routeResponses");
        if (routeResponses != null && !routeResponses.isNull()) {
            if (!routeResponses.isObject()) {
                problem(at + "/routeResponses", "routeResponses must be a map",
                        "write routeResponses: { $default: {} }");
            } else {
                routeResponses.fieldNames().forEachRemaining(k -> {
                    if (!WebSocketApi.DEFAULT.equals(k)) {
                        problem(at + "/routeResponses/" + escape(k), "route response key '" + k
                                + "' is not supported", "use $default");
                    }
                });
                if (routeResponse.isEmpty() && routeResponses.size() > 0) {
                    routeResponse = Optional.of(WebSocketApi.DEFAULT);
                }
            }
        }
        String authType = node.path("authorizationType").asText("NONE").toUpperCase(Locale.ROOT);
        Optional<String> authorizer = text(node, "authorizer");
        if (!Set.of("NONE", "CUSTOM", "AWS_IAM").contains(authType)) {
            problem(at + "/authorizationType", "unknown authorizationType '" + authType + "'",
                    "use NONE, CUSTOM (a Lambda REQUEST authorizer) or AWS_IAM");
        } else if (!"NONE".equals(authType) && !WebSocketApi.CONNECT.equals(key)) {
            problem(at + "/authorizationType", "route " + key + " has authorizationType " + authType
                    + " but API Gateway authorizes WebSocket connections on $connect only", "move it to $connect");
        } else if ("CUSTOM".equals(authType) && authorizer.isEmpty()) {
            problem(at, "authorizationType CUSTOM needs 'authorizer'", "name one of websocket.authorizers");
        }
        if (authorizer.isPresent() && !authorizers.containsKey(authorizer.get())) {
            problem(at + "/authorizer", "unknown authorizer '" + authorizer.get() + "'",
                    authorizers.isEmpty() ? "declare it under websocket.authorizers"
                            : "use one of " + authorizers.keySet());
        }
        if (authorizer.isPresent() && "NONE".equals(authType)) {
            authType = "CUSTOM";
        }
        return new WebSocketRoute(key, integration, templateSelection, responseSelections, routeResponse, authType,
                authorizer, node.path("apiKeyRequired").asBoolean(false));
    }

    private Integration integration(JsonNode node, String at, Map<String, String> responseSelections) {
        unknownKeys(node, at, INTEGRATION_KEYS);
        Integration.Builder b = Integration.builder();
        String typeText = node.path("type").asText("");
        Optional<IntegrationType> type = IntegrationType.parse(typeText);
        if (typeText.isEmpty()) {
            problem(at, "missing integration 'type'", "use one of " + SUPPORTED);
        } else if (type.isEmpty() || !SUPPORTED.contains(type.get())) {
            problem(at + "/type", "integration type '" + typeText + "' is not supported for WebSocket routes",
                    "use one of " + SUPPORTED);
        }
        type.ifPresent(b::type);
        Optional<String> uri = text(node, "uri");
        if (type.isPresent() && type.get() != IntegrationType.MOCK && uri.isEmpty()) {
            problem(at, "a " + type.get() + " integration needs 'uri'", type.get() == IntegrationType.AWS_PROXY
                    ? "give the Lambda invocation URI arn:aws:apigateway:REGION:lambda:path/2015-03-31/functions/"
                            + "FUNCTION_ARN/invocations"
                    : "give the backend URL, e.g. http://127.0.0.1:8080/messages");
        }
        uri.ifPresent(u -> b.uri(TextValue.of(u)));
        text(node, "httpMethod").ifPresent(b::httpMethod);
        if (node.has("timeoutInMillis")) {
            int t = node.get("timeoutInMillis").asInt(-1);
            if (t < 50 || t > 29_000) {
                problem(at + "/timeoutInMillis", "timeoutInMillis must be 50..29000", "write e.g. 29000");
            } else {
                b.timeoutInMillis(t);
            }
        }
        b.requestTemplates(templates(node.get("requestTemplates"), at + "/requestTemplates"));
        Map<String, String> parameters = new LinkedHashMap<>();
        entriesOfText(node.get("requestParameters"), at + "/requestParameters").forEach(parameters::put);
        b.requestParameters(parameters);
        List<IntegrationResponse> responses = new ArrayList<>();
        entries(node, "responses", at).forEach((key, r) -> {
            String rat = at + "/responses/" + escape(key);
            unknownKeys(r, rat, RESPONSE_KEYS);
            String pattern = responsePattern(key, rat);
            text(r, "templateSelectionExpression").ifPresent(e -> responseSelections.put(pattern, e));
            responses.add(new IntegrationResponse(pattern, key, Map.of(),
                    templates(r.get("responseTemplates"), rat + "/responseTemplates"), contentHandling(r, rat),
                    Map.of()));
        });
        b.responses(responses);
        contentHandling(node, at).ifPresent(b::contentHandling);
        return b.build();
    }

    /** {@code contentHandlingStrategy}: CONVERT_TO_BINARY or CONVERT_TO_TEXT, as on the v2 resources. */
    private Optional<ContentHandling> contentHandling(JsonNode node, String at) {
        Optional<String> value = text(node, "contentHandlingStrategy");
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Optional<ContentHandling> parsed = ContentHandling.parse(value.get());
        if (parsed.isEmpty()) {
            problem(at + "/contentHandlingStrategy", "unknown contentHandlingStrategy '" + value.get() + "'",
                    "use CONVERT_TO_BINARY or CONVERT_TO_TEXT");
        }
        return parsed;
    }

    /** An integration response key: {@code $default}, or a regex between slashes ({@code /4\d\d/}). */
    private String responsePattern(String key, String at) {
        if (WebSocketApi.DEFAULT.equals(key)) {
            return IntegrationResponse.DEFAULT;
        }
        if (key.length() > 2 && key.startsWith("/") && key.endsWith("/")) {
            String regex = key.substring(1, key.length() - 1);
            try {
                Pattern.compile(regex);
            } catch (PatternSyntaxException e) {
                problem(at, "integration response key " + key + " is not a valid regular expression: "
                        + e.getDescription(), "write e.g. /4\\d\\d/");
            }
            return regex;
        }
        problem(at, "integration response key '" + key + "' must be $default or a regex between slashes",
                "write $default or /4\\d\\d/");
        return key;
    }

    private Authorizer authorizer(String name, JsonNode node, String at) {
        unknownKeys(node, at, AUTHORIZER_KEYS);
        String type = node.path("type").asText("REQUEST");
        if (!"REQUEST".equalsIgnoreCase(type)) {
            problem(at + "/type", "authorizer '" + name + "' has type " + type
                    + "; WebSocket APIs use Lambda REQUEST authorizers", "write type: REQUEST");
        }
        Optional<String> uri = text(node, "authorizerUri");
        if (uri.isEmpty()) {
            problem(at, "authorizer '" + name + "' needs 'authorizerUri'", "give the Lambda invocation URI");
        }
        Optional<String> identity = text(node, "identitySource");
        identity.ifPresent(s -> {
            for (String part : s.split(",")) {
                String e = part.trim();
                if (IDENTITY_PREFIXES.stream().noneMatch(e::startsWith)) {
                    problem(at + "/identitySource", "identity source '" + e + "' is not one API Gateway reads",
                            "use route.request.header.X, route.request.querystring.x, stageVariables.x or "
                                    + "context.x");
                }
            }
        });
        Optional<Integer> ttl = node.has("authorizerResultTtlInSeconds")
                ? Optional.of(node.get("authorizerResultTtlInSeconds").asInt(0)) : Optional.empty();
        ttl.filter(t -> t < 0 || t > 3600).ifPresent(t -> problem(at + "/authorizerResultTtlInSeconds",
                "authorizerResultTtlInSeconds must be 0..3600", "write e.g. 300"));
        return new Authorizer(Optional.of(AuthorizerType.REQUEST), uri.map(TextValue::of), Optional.empty(),
                identity, Optional.empty(), ttl, List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                Map.of());
    }

    private Duration seconds(JsonNode node, String key, String at, Duration aws) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return aws;
        }
        if (!value.canConvertToInt() || value.asInt() < 1 || value.asInt() > aws.toSeconds()) {
            problem(at + "/" + key, key + " must be a whole number of seconds from 1 to " + aws.toSeconds()
                    + " (API Gateway's limit)", "write e.g. " + key + ": 60");
            return aws;
        }
        return Duration.ofSeconds(value.asInt());
    }

    private Map<String, TextValue> templates(JsonNode node, String at) {
        Map<String, TextValue> out = new LinkedHashMap<>();
        entriesOfText(node, at).forEach((k, v) -> out.put(k, TextValue.of(v)));
        return out;
    }

    private Map<String, String> entriesOfText(JsonNode node, String at) {
        Map<String, String> out = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (!node.isObject()) {
            problem(at, "expected a map of keys to text", "write key: value lines");
            return out;
        }
        node.fields().forEachRemaining(e -> {
            if (e.getValue().isValueNode()) {
                out.put(e.getKey(), e.getValue().asText());
            } else {
                problem(at + "/" + escape(e.getKey()), "the value of " + e.getKey() + " must be text",
                        "quote it, or use a YAML block: |");
            }
        });
        return out;
    }

    private Map<String, JsonNode> entries(JsonNode node, String key, String at) {
        return MapEntries.objects(node, key, at, "docs/websocket.md", this::problem);
    }

    private void unknownKeys(JsonNode node, String at, Set<String> known) {
        node.fieldNames().forEachRemaining(k -> {
            if (!known.contains(k)) {
                problem(at + "/" + escape(k), "unknown key '" + k + "'",
                        "use one of " + new java.util.TreeSet<>(known));
            }
        });
    }

    private static Optional<String> text(JsonNode node, String key) {
        JsonNode value = node.get(key);
        return value == null || value.isNull() || !value.isValueNode() || value.asText().isEmpty() ? Optional.empty()
                : Optional.of(value.asText());
    }

    private static String escape(String key) {
        return MapEntries.escape(key);
    }

    private void problem(String pointer, String message, String hint) {
        problems.add(Diagnostic.error(RULE, source.locate(pointer), message, hint));
    }
}
