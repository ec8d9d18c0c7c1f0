package dev.apigw.openapi.iac.v2;

import dev.apigw.model.api.ApiType;
import dev.apigw.model.api.Authorizer;
import dev.apigw.model.api.AuthorizerType;
import dev.apigw.model.project.Stage;
import dev.apigw.model.websocket.ConnectionLimits;
import dev.apigw.model.websocket.WebSocketApi;
import dev.apigw.model.websocket.WebSocketRoute;
import dev.apigw.openapi.iac.CloudFormationTemplate;
import dev.apigw.openapi.iac.TemplateApi;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One WebSocket API ({@code ProtocolType: WEBSOCKET}) as the {@link WebSocketApi} that {@code apigw.yaml}'s
 * {@code websocket:} section gives: route selection, routes with their integrations, two-way routes (a
 * {@code $default} route response and {@code RouteResponseSelectionExpression}), Lambda REQUEST authorizers for
 * {@code $connect}, API keys; its stages as project stages. AWS's connection limits apply.
 */
final class WebSocketApiReader {
    private static final String HTTP_ONLY = "it applies to HTTP APIs only; WebSocket APIs ignore it";
    private static final PropertyRules API_RULES = new PropertyRules(Set.of("ProtocolType",
            "RouteSelectionExpression", "ApiKeySelectionExpression", "Version"), Map.ofEntries(
            Map.entry("DisableSchemaValidation", "apigw does not validate messages against models"),
            Map.entry("DisableExecuteApiEndpoint", "WebSocket APIs are served on apigw's own endpoint"),
            Map.entry("IpAddressType", "apigw listens on the addresses of its own server"),
            Map.entry("CorsConfiguration", HTTP_ONLY), Map.entry("Target", HTTP_ONLY),
            Map.entry("RouteKey", HTTP_ONLY), Map.entry("CredentialsArn", HTTP_ONLY), Map.entry("Body", HTTP_ONLY),
            Map.entry("BodyS3Location", HTTP_ONLY), Map.entry("BasePath", HTTP_ONLY),
            Map.entry("FailOnWarnings", HTTP_ONLY)));
    private static final PropertyRules ROUTE_RULES = new PropertyRules(Set.of("RouteKey", "Target",
            "AuthorizationType", "AuthorizerId", "ApiKeyRequired", "RouteResponseSelectionExpression"), Map.of(
            "RequestParameters", "required request parameters of $connect are not checked",
            "RequestModels", "apigw does not validate messages against models",
            "ModelSelectionExpression", "apigw does not validate messages against models",
            "AuthorizationScopes", "WebSocket authorizers take no scopes"));
    private static final PropertyRules AUTHORIZER_RULES = new PropertyRules(Set.of("AuthorizerType",
            "AuthorizerUri", "IdentitySource", "AuthorizerResultTtlInSeconds", "AuthorizerCredentialsArn"), Map.of(
            "JwtConfiguration", HTTP_ONLY, "AuthorizerPayloadFormatVersion", HTTP_ONLY,
            "EnableSimpleResponses", HTTP_ONLY,
            "IdentityValidationExpression", "WebSocket authorizers do not validate the identity with an expression"));
    private static final PropertyRules ROUTE_RESPONSE_RULES = new PropertyRules(Set.of("RouteId",
            "RouteResponseKey"), Map.of("ResponseModels", "apigw does not validate answers against models",
            "ModelSelectionExpression", "apigw does not validate answers against models",
            "ResponseParameters", "route response parameters are not mapped"));
    private static final Set<String> READ_CHILDREN = Set.of(V2Types.ROUTE, V2Types.INTEGRATION,
            V2Types.AUTHORIZER, V2Types.STAGE, V2Types.DEPLOYMENT, V2Types.INTEGRATION_RESPONSE,
            V2Types.ROUTE_RESPONSE, V2Types.MODEL);

    private final CloudFormationTemplate template;

    WebSocketApiReader(CloudFormationTemplate template) {
        this.template = template;
    }

    TemplateApi read(ApiGraph graph) {
        Findings findings = new Findings(template);
        V2Resource api = graph.api();
        API_RULES.check(api, findings);
        String selection = api.text("RouteSelectionExpression").orElse("");
        if (selection.isEmpty()) {
            findings.invalid(api, "RouteSelectionExpression", "a WebSocket API needs a RouteSelectionExpression",
                    "write RouteSelectionExpression: $request.body.action");
        }
        Map<String, String> authorizerNames = new HashMap<>();
        Map<String, Authorizer> authorizers = authorizers(graph, findings, authorizerNames);
        WebSocketIntegrationReader integrations = new WebSocketIntegrationReader(graph, findings);
        Map<String, WebSocketIntegrationReader.Read> read = new HashMap<>();
        Map<String, WebSocketRoute> routes = new LinkedHashMap<>();
        for (V2Resource route : graph.of(V2Types.ROUTE)) {
            route(route, graph, findings, authorizerNames, integrations, read).ifPresent(r -> {
                if (routes.putIfAbsent(r.routeKey(), r) != null) {
                    findings.invalid(route, "RouteKey", "another route of the API already has the key "
                            + r.routeKey(), "API Gateway refuses a second route with the same key");
                }
            });
        }
        orphans(graph, findings);
        graph.of(V2Types.MODEL).forEach(m -> findings.notEmulated(m, "apigw does not validate messages against"
                + " models"));
        graph.of(V2Types.DEPLOYMENT).forEach(d -> findings.note(d, "ApiId", "deployments are not needed locally:"
                + " every stage serves the API as the template declares it"));
        graph.others(READ_CHILDREN).forEach(o -> findings.notEmulated(o, "apigw does not read " + o.type()
                + " resources"));
        WebSocketApi webSocket = new WebSocketApi(api.text("Name").orElse(api.logicalId()), selection,
                api.text("ApiKeySelectionExpression"), routes, authorizers, ConnectionLimits.AWS);
        Map<String, Stage> stages = new StageReader(findings, true).read(graph.of(V2Types.STAGE), routes.keySet());
        return new TemplateApi(api.logicalId(), ApiType.WEBSOCKET, Optional.empty(), api.pointer(),
                ProjectConfigs.of(ApiType.WEBSOCKET, stages, Optional.of(webSocket)), findings.list());
    }

    /** Lambda REQUEST authorizers by name (the {@code Name}, as apigw.yaml names them); ids to names in {@code names}. */
    private static Map<String, Authorizer> authorizers(ApiGraph graph, Findings findings, Map<String, String> names) {
        Map<String, Authorizer> out = new LinkedHashMap<>();
        for (V2Resource a : graph.of(V2Types.AUTHORIZER)) {
            AUTHORIZER_RULES.check(a, findings);
            String name = a.text("Name").orElse(a.logicalId());
            String type = a.text("AuthorizerType").orElse("REQUEST").toUpperCase(Locale.ROOT);
            if (!type.equals("REQUEST")) {
                findings.invalid(a, "AuthorizerType", "WebSocket APIs have Lambda REQUEST authorizers, not " + type,
                        "write AuthorizerType: REQUEST");
            }
            if (!a.has("AuthorizerUri")) {
                findings.invalid(a, "AuthorizerUri", "a Lambda authorizer needs AuthorizerUri",
                        "give the function's invocation URI");
            }
            List<String> sources = HttpAuthorizerWriter.sources(a.get("IdentitySource"));
            if (out.containsKey(name)) {
                findings.invalid(a, "Name", "another authorizer of the API is already named " + name,
                        "API Gateway refuses two authorizers with the same name");
                continue;
            }
            names.put(a.logicalId(), name);
            out.put(name, new Authorizer(Optional.of(AuthorizerType.REQUEST), Texts.of(a.get("AuthorizerUri")),
                    Texts.of(a.get("AuthorizerCredentialsArn")),
                    sources.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", sources)),
                    Optional.empty(), a.integer("AuthorizerResultTtlInSeconds"), List.of(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Map.of()));
        }
        return out;
    }

    private static Optional<WebSocketRoute> route(V2Resource route, ApiGraph graph, Findings findings,
            Map<String, String> authorizerNames, WebSocketIntegrationReader integrations,
            Map<String, WebSocketIntegrationReader.Read> read) {
        ROUTE_RULES.check(route, findings);
        Optional<String> key = route.text("RouteKey").filter(k -> !k.isBlank());
        if (key.isEmpty()) {
            findings.invalid(route, "RouteKey", "the route has no RouteKey", "write $connect, $default or an action");
            return Optional.empty();
        }
        Optional<WebSocketIntegrationReader.Read> integration = target(route, graph, findings)
                .map(i -> read.computeIfAbsent(i.logicalId(), id -> integrations.read(i)));
        String authType = route.text("AuthorizationType").orElse("NONE").toUpperCase(Locale.ROOT);
        Optional<String> authorizer = Optional.empty();
        if (route.has("AuthorizerId")) {
            Optional<String> id = LogicalIds.of(route.get("AuthorizerId"));
            authorizer = id.map(authorizerNames::get);
            if (authorizer.isEmpty()) {
                findings.unresolved(route, "AuthorizerId", "AuthorizerId " + id.map(i -> "'" + i + "'")
                        .orElse(route.get("AuthorizerId").toString()) + " names no AWS::ApiGatewayV2::Authorizer of"
                        + " API '" + graph.api().logicalId() + "'", "write AuthorizerId: !Ref MyAuthorizer");
            } else if (authType.equals("NONE")) {
                authType = "CUSTOM";
            }
        }
        if (!Set.of("NONE", "CUSTOM", "AWS_IAM").contains(authType)) {
            findings.invalid(route, "AuthorizationType", "AuthorizationType '" + authType + "' is not one WebSocket"
                    + " APIs have", "use NONE, CUSTOM (a Lambda REQUEST authorizer) or AWS_IAM");
            authType = "NONE";
        } else if (!authType.equals("NONE") && !key.get().equals(WebSocketApi.CONNECT)) {
            findings.invalid(route, "AuthorizationType", "route " + key.get() + " has AuthorizationType " + authType
                    + ", but WebSocket APIs authorize on $connect only", "move the authorizer to $connect");
        } else if (authType.equals("CUSTOM") && authorizer.isEmpty() && !route.has("AuthorizerId")) {
            findings.invalid(route, "AuthorizationType", "AuthorizationType CUSTOM needs an AuthorizerId",
                    "write AuthorizerId: !Ref MyAuthorizer");
        }
        return Optional.of(new WebSocketRoute(key.get(), integration.map(WebSocketIntegrationReader.Read::integration),
                integration.flatMap(WebSocketIntegrationReader.Read::templateSelectionExpression),
                integration.map(WebSocketIntegrationReader.Read::responseTemplateSelectionExpressions).orElse(Map.of()),
                twoWay(route, graph, findings), authType, authorizer, route.bool("ApiKeyRequired").orElse(false)));
    }

    private static Optional<V2Resource> target(V2Resource route, ApiGraph graph, Findings findings) {
        if (!route.has("Target")) {
            return Optional.empty(); // allowed for $connect and $disconnect
        }
        String text = route.get("Target").isTextual() ? route.get("Target").asText() : "";
        String id = text.startsWith("integrations/") ? text.substring("integrations/".length()) : "";
        Optional<V2Resource> integration = graph.find(V2Types.INTEGRATION, id);
        if (integration.isEmpty()) {
            findings.unresolved(route, "Target", "Target " + (text.isEmpty() ? route.get("Target").toString()
                    : "'" + text + "'") + " names no AWS::ApiGatewayV2::Integration of API '"
                    + graph.api().logicalId() + "'", "write Target: !Sub integrations/${MyIntegration}");
        }
        return integration;
    }

    /**
     * A route answers the client when its {@code RouteResponseSelectionExpression} is {@code $default} (the only
     * value WebSocket APIs take) and it has a {@code $default} route response; with only one of them it is one-way.
     */
    private static Optional<String> twoWay(V2Resource route, ApiGraph graph, Findings findings) {
        List<V2Resource> responses = graph.of(V2Types.ROUTE_RESPONSE).stream().filter(r -> LogicalIds.of(
                r.get("RouteId")).filter(route.logicalId()::equals).isPresent()).toList();
        boolean hasDefault = false;
        for (V2Resource response : responses) {
            ROUTE_RESPONSE_RULES.check(response, findings);
            String key = response.text("RouteResponseKey").orElse("");
            if (key.equals(WebSocketApi.DEFAULT)) {
                hasDefault = true;
            } else {
                findings.invalid(response, "RouteResponseKey", "route response key '" + key + "' is not supported",
                        "use $default");
            }
        }
        Optional<String> expression = route.text("RouteResponseSelectionExpression");
        if (expression.isPresent() && !expression.get().equals(WebSocketApi.DEFAULT)) {
            findings.invalid(route, "RouteResponseSelectionExpression", "RouteResponseSelectionExpression must be"
                    + " $default, the only value WebSocket APIs support", "write RouteResponseSelectionExpression:"
                    + " $default");
            return Optional.empty();
        }
        if (expression.isPresent() && !hasDefault) {
            findings.note(route, "RouteResponseSelectionExpression", "no $default RouteResponse for the route, so"
                    + " API Gateway sends the integration's answer nowhere: the route is one-way");
            return Optional.empty();
        }
        if (expression.isEmpty() && hasDefault) {
            findings.note(route, "RouteKey", "the route has a $default RouteResponse but no"
                    + " RouteResponseSelectionExpression, so it stays one-way");
            return Optional.empty();
        }
        return expression;
    }

    /** Integration and route responses must name an integration and a route of the same API. */
    private static void orphans(ApiGraph graph, Findings findings) {
        for (V2Resource r : graph.of(V2Types.INTEGRATION_RESPONSE)) {
            Optional<String> id = LogicalIds.of(r.get("IntegrationId"));
            if (id.flatMap(i -> graph.find(V2Types.INTEGRATION, i)).isEmpty()) {
                findings.unresolved(r, "IntegrationId", "IntegrationId " + id.map(i -> "'" + i + "'")
                        .orElse(r.get("IntegrationId").toString()) + " names no AWS::ApiGatewayV2::Integration of"
                        + " API '" + graph.api().logicalId() + "'", "write IntegrationId: !Ref MyIntegration");
            }
        }
        for (V2Resource r : graph.of(V2Types.ROUTE_RESPONSE)) {
            Optional<String> id = LogicalIds.of(r.get("RouteId"));
            if (id.flatMap(i -> graph.find(V2Types.ROUTE, i)).isEmpty()) {
                findings.unresolved(r, "RouteId", "RouteId " + id.map(i -> "'" + i + "'")
                        .orElse(r.get("RouteId").toString()) + " names no AWS::ApiGatewayV2::Route of API '"
                        + graph.api().logicalId() + "'", "write RouteId: !Ref MyRoute");
            }
        }
    }
}
