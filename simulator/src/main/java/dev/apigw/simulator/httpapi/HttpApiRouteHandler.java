package dev.apigw.simulator.httpapi;

import dev.apigw.model.api.GatewayResponseType;
import dev.apigw.simulator.gateway.GatewayResponseException;
import dev.apigw.simulator.pipeline.Handler;
import dev.apigw.simulator.pipeline.Invocation;
import dev.apigw.simulator.pipeline.Outcome;
import java.util.Optional;

/** Picks the HTTP API route for the request; none (and no {@code $default} route) is 404 Not Found. */
public final class HttpApiRouteHandler implements Handler {
    private final HttpApiRoutes routes;

    public HttpApiRouteHandler(HttpApiRoutes routes) {
        this.routes = routes;
    }

    @Override
    public Outcome handle(Invocation inv) {
        Optional<HttpApiRoutes.Match> match = routes.match(inv.request().method(), inv.request().path());
        if (match.isEmpty()) {
            inv.logError("route", "No route matches " + inv.request().method() + " " + inv.request().path()
                    + " and the API has no $default route");
            throw new GatewayResponseException(GatewayResponseType.RESOURCE_NOT_FOUND, "Not Found");
        }
        HttpApiRoutes.Match m = match.get();
        inv.matched(m.resource(), m.method(), m.pathParameters());
        inv.routeKey(m.routeKey());
        inv.log("route", "Route: " + m.routeKey() + ", path parameters: ", inv.pathParameters());
        return Outcome.CONTINUE;
    }
}
