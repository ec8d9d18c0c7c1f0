package dev.apigw.cli.routes;

import dev.apigw.model.api.ApiDefinition;
import dev.apigw.model.api.ApiType;
import dev.apigw.model.api.Method;
import dev.apigw.model.api.Resource;
import dev.apigw.model.diag.ApigwException;
import dev.apigw.simulator.httpapi.HttpApiRoutes;
import dev.apigw.simulator.routing.NearMiss;
import dev.apigw.simulator.routing.ResourceTree;
import dev.apigw.simulator.routing.RouteMatch;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the method that {@code METHOD PATH} names: the path as written in the API ({@code /pets/{petId}}), the same
 * template with other parameter names ({@code /pets/{id}}), or a concrete request path ({@code /pets/7}) routed the
 * way the simulator routes requests (a REST API's resource tree with ANY as fallback, an HTTP API's route
 * priorities). Failures are usage errors with the closest match, never a stack trace.
 */
public final class MethodLookup {

    /** The verbs API Gateway accepts for methods and routes. */
    public static final Set<String> HTTP_METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD",
            "OPTIONS", "ANY");

    private MethodLookup() {
    }

    /** A found method: where it is declared and, for a concrete path, the path parameters it binds. */
    public record Found(Resource resource, Method method, String routeKey, Map<String, String> pathParameters) {
        public Found {
            pathParameters = Map.copyOf(pathParameters);
        }
    }

    public static Found find(ApiDefinition api, String httpMethod, String path) {
        String verb = httpMethod.toUpperCase(Locale.ROOT);
        if (!HTTP_METHODS.contains(verb)) {
            throw usage("'" + httpMethod + "' is not an HTTP method; use one of GET, POST, PUT, PATCH, DELETE, "
                    + "HEAD, OPTIONS or ANY");
        }
        if (api.type() == ApiType.HTTP && path.equals("$default")) {
            return api.resources().stream().flatMap(r -> r.methods().stream()
                            .filter(m -> RouteEntry.isDefaultRoute(r, m))
                            .map(m -> new Found(r, m, "$default", Map.of())))
                    .findFirst().orElseThrow(() -> usage("the API has no $default route"));
        }
        if (!path.startsWith("/")) {
            throw usage("PATH must start with '/' but was '" + path + "'");
        }
        Optional<Resource> declared = api.resource(path);
        Optional<Method> declaredMethod = declared.flatMap(r -> methodOf(r, verb));
        if (declaredMethod.isPresent()) {
            Resource resource = declared.get();
            return new Found(resource, declaredMethod.get(), RouteEntry.routeKey(api, resource,
                    declaredMethod.get()), Map.of());
        }
        // Otherwise route it: an HTTP API may send PUT /notes to ANY /{proxy+}; a REST API explains the miss.
        return api.type() == ApiType.HTTP ? routeHttp(api, verb, path) : routeRest(api, verb, path);
    }

    private static Found routeRest(ApiDefinition api, String verb, String path) {
        ResourceTree tree = new ResourceTree(api.resources());
        RouteMatch match = tree.match(path).orElseThrow(() -> usage(NearMiss.noResource(verb, path,
                api.resources())));
        Resource resource = match.resource();
        Method method = methodOf(resource, verb).orElseThrow(() -> usage(NearMiss.noMethod(verb, resource)));
        return new Found(resource, method, RouteEntry.routeKey(api, resource, method),
                templatePath(path) ? Map.of() : match.pathParameters());
    }

    private static Found routeHttp(ApiDefinition api, String verb, String path) {
        // Without the $default route: describing GET /typo must not quietly show the catch-all.
        HttpApiRoutes routes = new HttpApiRoutes(api.resources().stream()
                .filter(r -> r.methods().stream().noneMatch(m -> RouteEntry.isDefaultRoute(r, m))).toList());
        HttpApiRoutes.Match match = routes.match(verb, path).orElseThrow(() -> usage("no route matches " + verb
                + " " + path + "; routes: " + api.resources().stream().flatMap(r -> r.methods().stream()
                        .map(m -> RouteEntry.routeKey(api, r, m))).collect(Collectors.joining(", "))));
        return new Found(match.resource(), match.method(), match.routeKey(),
                templatePath(path) ? Map.of() : match.pathParameters());
    }

    private static Optional<Method> methodOf(Resource resource, String verb) {
        return resource.method(verb).or(() -> resource.methods().stream().filter(Method::isAny).findFirst());
    }

    /** A path written as a template ({@code /pets/{id}}) binds no values worth showing. */
    private static boolean templatePath(String path) {
        return path.contains("{");
    }

    private static ApigwException usage(String message) {
        return new ApigwException(ApigwException.Kind.USAGE, message);
    }
}
