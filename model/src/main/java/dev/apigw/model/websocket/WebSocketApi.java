package dev.apigw.model.websocket;

import dev.apigw.model.Immutable;
import dev.apigw.model.api.Authorizer;
import java.util.Map;
import java.util.Optional;

/**
 * A WebSocket API as API Gateway holds it (AWS has no OpenAPI form for these, so it is written in the project file):
 * how a message picks its route, the routes keyed {@code $connect}, {@code $disconnect}, {@code $default} or a custom
 * key, the Lambda REQUEST authorizers {@code $connect} may use, and the connection limits.
 *
 * @param routeSelectionExpression  e.g. {@code $request.body.action}
 * @param apiKeySelectionExpression e.g. {@code $request.header.x-api-key}, when routes require an API key
 */
public record WebSocketApi(
        String name,
        String routeSelectionExpression,
        Optional<String> apiKeySelectionExpression,
        Map<String, WebSocketRoute> routes,
        Map<String, Authorizer> authorizers,
        ConnectionLimits limits) {

    public static final String CONNECT = "$connect";
    public static final String DISCONNECT = "$disconnect";
    public static final String DEFAULT = "$default";

    public WebSocketApi {
        name = name == null ? "" : name;
        routeSelectionExpression = routeSelectionExpression == null ? "" : routeSelectionExpression;
        apiKeySelectionExpression = apiKeySelectionExpression == null ? Optional.empty() : apiKeySelectionExpression;
        routes = Immutable.map(routes);
        authorizers = Immutable.map(authorizers);
        limits = limits == null ? ConnectionLimits.AWS : limits;
    }

    public Optional<WebSocketRoute> route(String key) {
        return Optional.ofNullable(routes.get(key));
    }
}
