package dev.apigw.simulator.routing;

import dev.apigw.model.api.Method;
import dev.apigw.model.api.Resource;
import dev.apigw.simulator.gateway.GatewayErrors;
import dev.apigw.simulator.http.HttpRequest;
import dev.apigw.simulator.pipeline.Handler;
import dev.apigw.simulator.pipeline.Invocation;
import dev.apigw.simulator.pipeline.Outcome;
import java.util.Optional;

/**
 * Finds the resource and method for the request; {@code ANY} applies when the resource lacks the exact method.
 * No match is API Gateway's 403 Missing Authentication Token.
 */
public final class RouteHandler implements Handler {
    private final ResourceTree tree;

    public RouteHandler(ResourceTree tree) {
        this.tree = tree;
    }

    @Override
    public Outcome handle(Invocation inv) {
        HttpRequest request = inv.request();
        Optional<RouteMatch> match = tree.match(request.path());
        if (match.isEmpty()) {
            inv.logError("route", NearMiss.noResource(request.method(), request.path(), tree.resources()));
            throw GatewayErrors.missingAuthenticationToken();
        }
        Resource resource = match.get().resource();
        Optional<Method> method = methodFor(resource, request.method());
        if (method.isEmpty()) {
            inv.logError("route", NearMiss.noMethod(request.method(), resource));
            throw GatewayErrors.missingAuthenticationToken();
        }
        inv.matched(resource, method.get(), match.get().pathParameters());
        if (inv.traced()) {
            inv.log("route", "HTTP Method: " + request.method() + ", Resource Path: " + resource.path()
                    + (method.get().isAny() ? " (ANY)" : ""));
        }
        inv.logData("route", "Method request path: ", inv.pathParameters());
        inv.logData("route", "Method request query string: ", request.query());
        inv.logData("route", "Method request headers: ", request.headers());
        inv.logData("route", "Method request body before transformations: ", Invocation.text(request.body()));
        return Outcome.CONTINUE;
    }

    /** The resource's method for this HTTP method, else its ANY method. */
    private static Optional<Method> methodFor(Resource resource, String httpMethod) {
        Method any = null;
        for (Method m : resource.methods()) {
            if (m.httpMethod().equals(httpMethod)) {
                return Optional.of(m);
            }
            if (any == null && m.isAny()) {
                any = m;
            }
        }
        return Optional.ofNullable(any);
    }
}
