package dev.apigw.cli.routes;

import dev.apigw.model.api.ApiDefinition;
import dev.apigw.model.api.ApiType;
import dev.apigw.model.api.Integration;
import dev.apigw.model.api.IntegrationType;
import dev.apigw.model.api.Method;
import dev.apigw.model.api.Resource;
import dev.apigw.model.websocket.WebSocketApi;
import java.util.ArrayList;
import java.util.List;

/**
 * One method of a REST API (or one route of an HTTP API) as {@code apigw routes} lists it.
 *
 * @param routeKey {@code GET /pets/{petId}}, or {@code $default} for an HTTP API's catch-all route
 * @param integrationType the integration's type after following a {@code $ref}, or {@code NONE} when it has none
 */
public record RouteEntry(String routeKey, String resourcePath, String httpMethod, String integrationType,
        MethodAuth auth) {

    /** Every method of the API in document order, resources sorted by path. */
    public static List<RouteEntry> of(ApiDefinition api) {
        List<RouteEntry> entries = new ArrayList<>();
        List<Resource> resources = api.resources().stream()
                .sorted(java.util.Comparator.comparing(Resource::path)).toList();
        for (Resource resource : resources) {
            for (Method method : resource.methods()) {
                entries.add(new RouteEntry(routeKey(api, resource, method), resource.path(), method.httpMethod(),
                        integrationType(api, method), MethodAuth.of(api, method)));
            }
        }
        return entries;
    }

    /**
     * Every route of a WebSocket API: {@code $connect}, {@code $disconnect}, {@code $default} first, then the custom
     * route keys, each with its integration type and authorization (an authorizer only on {@code $connect}).
     */
    public static List<RouteEntry> of(WebSocketApi api) {
        List<RouteEntry> entries = new ArrayList<>();
        List<String> keys = new ArrayList<>(List.of(WebSocketApi.CONNECT, WebSocketApi.DISCONNECT,
                WebSocketApi.DEFAULT));
        api.routes().keySet().stream().filter(k -> !keys.contains(k)).sorted().forEach(keys::add);
        for (String key : keys) {
            api.route(key).ifPresent(route -> entries.add(new RouteEntry(key, key, "", route.integration()
                    .flatMap(Integration::type).map(IntegrationType::name).orElse("NONE"), new MethodAuth(
                    route.authorizationType(), route.authorizer().orElse(null), route.authorizer().map(a -> "REQUEST")
                    .orElse(null), List.of(), route.apiKeyRequired(), List.of()))));
        }
        return entries;
    }

    /** {@code METHOD /path}; an HTTP API's default route is just {@code $default}, as AWS names it. */
    static String routeKey(ApiDefinition api, Resource resource, Method method) {
        if (api.type() == ApiType.HTTP && isDefaultRoute(resource, method)) {
            return "$default";
        }
        return method.httpMethod() + " " + resource.path();
    }

    static boolean isDefaultRoute(Resource resource, Method method) {
        return resource.path().equals("$default") || resource.path().equals("/$default")
                || method.defaultRoute().orElse(false);
    }

    static String integrationType(ApiDefinition api, Method method) {
        return method.integration().flatMap(api::resolve).flatMap(Integration::type).map(IntegrationType::name)
                .orElse("NONE");
    }
}
