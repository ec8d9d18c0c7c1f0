package dev.apigw.cli.routes;

import java.util.List;

/** The {@code apigw routes --output json} document: the API and one flat entry per method (route). */
public record RoutesReport(String api, String type, List<Route> routes) {

    public RoutesReport {
        routes = List.copyOf(routes);
    }

    /** One method; {@code authorizer} is null when the method has none. */
    public record Route(String routeKey, String resourcePath, String httpMethod, String integrationType,
            String authorizationType, String authorizer, List<String> scopes, boolean apiKeyRequired) {
    }

    public static RoutesReport of(String api, String type, List<RouteEntry> entries) {
        return new RoutesReport(api, type, entries.stream().map(e -> new Route(e.routeKey(), e.resourcePath(),
                e.httpMethod(), e.integrationType(), e.auth().authorizationType(), e.auth().authorizer(),
                e.auth().scopes(), e.auth().apiKeyRequired())).toList());
    }
}
