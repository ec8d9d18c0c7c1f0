package dev.apigw.openapi.iac.v2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The HTTP API's {@code AWS::ApiGatewayV2::Route}s as OpenAPI {@code paths}, as AWS's export writes them: one
 * operation per route with its integration inline, its authorizer as a security requirement (with the route's
 * scopes), a generated path parameter per path variable, and {@code $default} as the any-method of
 * {@code /$default} marked {@code isDefaultRoute}.
 */
final class HttpPaths {
    private static final String WEBSOCKET_ONLY = "it applies to WebSocket APIs only; HTTP APIs ignore it";
    private static final PropertyRules RULES = new PropertyRules(Set.of("RouteKey", "Target", "AuthorizationType",
            "AuthorizerId", "AuthorizationScopes"), Map.of("ApiKeyRequired", WEBSOCKET_ONLY,
            "ModelSelectionExpression", WEBSOCKET_ONLY, "RequestModels", WEBSOCKET_ONLY, "RequestParameters",
            WEBSOCKET_ONLY, "RouteResponseSelectionExpression", WEBSOCKET_ONLY));

    private final ApiGraph graph;
    private final Findings findings;
    private final Map<String, HttpAuthorizerWriter.Scheme> schemes;
    private final HttpIntegrationWriter integrations;
    private final Map<String, Optional<ObjectNode>> written = new HashMap<>();
    private final String iamScheme;
    private boolean usesIam;

    /** @param schemes the API's authorizers as security schemes, by the authorizer's logical id */
    HttpPaths(ApiGraph graph, Findings findings, Map<String, HttpAuthorizerWriter.Scheme> schemes) {
        this.graph = graph;
        this.findings = findings;
        this.schemes = schemes;
        this.integrations = new HttpIntegrationWriter(findings);
        // AWS's exports name the IAM scheme sigv4; an authorizer may already be called that
        boolean taken = schemes.values().stream().anyMatch(s -> s.name().equals("sigv4"));
        this.iamScheme = taken ? "sigv4-iam" : "sigv4";
    }

    ObjectNode write() {
        ObjectNode paths = JsonNodeFactory.instance.objectNode();
        Set<String> seen = new HashSet<>();
        for (V2Resource route : graph.of(V2Types.ROUTE)) {
            RULES.check(route, findings);
            String text = route.text("RouteKey").orElse("");
            Optional<RouteKey> key = RouteKey.parse(text);
            if (key.isEmpty()) {
                findings.invalid(route, "RouteKey", "RouteKey '" + text + "' is not an HTTP API route key",
                        "write $default or a method and a path, e.g. GET /items/{id} or ANY /{proxy+}");
                continue;
            }
            if (!seen.add(key.get().display())) {
                findings.invalid(route, "RouteKey", "another route of the API already has the key "
                        + key.get().display(), "API Gateway refuses a second route with the same key");
                continue;
            }
            ObjectNode item = paths.has(key.get().path()) ? (ObjectNode) paths.get(key.get().path())
                    : pathItem(paths, key.get());
            item.set(key.get().operationKey(), operation(route, key.get()));
        }
        return paths;
    }

    /** The name of the IAM ({@code awsSigv4}) scheme, when a route uses IAM authorization. */
    Optional<String> iamScheme() {
        return usesIam ? Optional.of(iamScheme) : Optional.empty();
    }

    private static ObjectNode pathItem(ObjectNode paths, RouteKey key) {
        ObjectNode item = paths.putObject(key.path());
        if (!key.variables().isEmpty()) {
            ArrayNode parameters = item.putArray("parameters");
            for (String name : key.variables()) {
                ObjectNode p = parameters.addObject();
                p.put("name", name);
                p.put("in", "path");
                p.put("description", "Generated path parameter for " + name);
                p.put("required", true);
                p.putObject("schema").put("type", "string");
            }
        }
        return item;
    }

    private ObjectNode operation(V2Resource route, RouteKey key) {
        ObjectNode op = JsonNodeFactory.instance.objectNode();
        route.text("OperationName").ifPresent(n -> op.put("operationId", n));
        op.putObject("responses").putObject("default").put("description", "Default response for " + key.display());
        security(route).ifPresent(s -> op.set("security", s));
        integration(route).ifPresent(i -> op.set("x-amazon-apigateway-integration", i));
        if (key.isDefault()) {
            op.put("isDefaultRoute", true);
        }
        return op;
    }

    /** {@code Target: integrations/<IntegrationId>}; a route without a target has no integration. */
    private Optional<ObjectNode> integration(V2Resource route) {
        if (!route.has("Target")) {
            return Optional.empty();
        }
        JsonNode target = route.get("Target");
        String text = target.isTextual() ? target.asText() : "";
        String id = text.startsWith("integrations/") ? text.substring("integrations/".length()) : "";
        Optional<V2Resource> integration = graph.find(V2Types.INTEGRATION, id);
        if (integration.isEmpty()) {
            findings.unresolved(route, "Target", "Target " + (text.isEmpty() ? target.toString() : "'" + text + "'")
                    + " names no AWS::ApiGatewayV2::Integration of API '" + graph.api().logicalId() + "'",
                    "write Target: !Sub integrations/${MyIntegration}");
            return Optional.empty();
        }
        return written.computeIfAbsent(id, i -> integrations.write(integration.get())).map(ObjectNode::deepCopy);
    }

    private Optional<ArrayNode> security(V2Resource route) {
        String type = route.text("AuthorizationType").orElse("NONE").toUpperCase(Locale.ROOT);
        Optional<HttpAuthorizerWriter.Scheme> scheme = Optional.empty();
        if (route.has("AuthorizerId")) {
            Optional<String> id = LogicalIds.of(route.get("AuthorizerId"));
            scheme = id.map(schemes::get);
            if (scheme.isEmpty()) {
                findings.unresolved(route, "AuthorizerId", "AuthorizerId " + id.map(i -> "'" + i + "'")
                        .orElse(route.get("AuthorizerId").toString()) + " names no AWS::ApiGatewayV2::Authorizer of"
                        + " API '" + graph.api().logicalId() + "'", "write AuthorizerId: !Ref MyAuthorizer");
                return Optional.empty();
            }
            if (type.equals("NONE") && !route.has("AuthorizationType")) {
                type = scheme.get().type().equals("JWT") ? "JWT" : "CUSTOM";
            }
        }
        ArrayNode requirements = JsonNodeFactory.instance.arrayNode();
        switch (type) {
            case "NONE":
                return Optional.empty();
            case "AWS_IAM":
                usesIam = true;
                requirements.addObject().putArray(iamScheme);
                return Optional.of(requirements);
            case "JWT":
            case "CUSTOM":
                if (scheme.isEmpty()) {
                    findings.invalid(route, "AuthorizationType", "AuthorizationType " + type + " needs an"
                            + " AuthorizerId", "write AuthorizerId: !Ref MyAuthorizer");
                    return Optional.empty();
                }
                String expected = type.equals("JWT") ? "JWT" : "REQUEST";
                if (!scheme.get().type().equals(expected)) {
                    findings.invalid(route, "AuthorizationType", "AuthorizationType " + type + " needs a "
                            + expected + " authorizer, but '" + scheme.get().name() + "' is " + scheme.get().type(),
                            "use JWT with JWT authorizers and CUSTOM with Lambda (REQUEST) authorizers");
                }
                ArrayNode scopes = requirements.addObject().putArray(scheme.get().name());
                route.get("AuthorizationScopes").forEach(s -> scopes.add(s.asText()));
                return Optional.of(requirements);
            default:
                findings.invalid(route, "AuthorizationType", "AuthorizationType '" + type + "' is not one HTTP APIs"
                        + " have", "use NONE, JWT, AWS_IAM or CUSTOM");
                return Optional.empty();
        }
    }
}
