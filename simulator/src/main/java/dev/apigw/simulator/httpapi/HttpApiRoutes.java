package dev.apigw.simulator.httpapi;

import dev.apigw.model.api.Method;
import dev.apigw.model.api.Resource;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An HTTP API's routes ({@code GET /pets/{id}}, {@code ANY /{proxy+}}, {@code $default}) and API Gateway's choice
 * among them: a route whose path matches exactly beats one with path variables, which beats a greedy variable; at
 * equal paths a route for the method beats {@code ANY}; {@code $default} catches what nothing else does. Unlike a
 * REST API's resource tree, the method takes part in the match: {@code POST /pets/1} falls through to
 * {@code ANY /{proxy+}} when {@code /pets/{id}} only has {@code GET}.
 */
public final class HttpApiRoutes {
    private final List<Route> routes = new ArrayList<>();
    private final Optional<Route> defaultRoute;

    public HttpApiRoutes(List<Resource> resources) {
        Route fallback = null;
        for (Resource resource : resources) {
            for (Method method : resource.methods()) {
                if (isDefault(resource, method)) {
                    fallback = new Route(resource, method, "$default", new String[0]);
                } else {
                    String path = resource.path();
                    String key = (method.isAny() ? "ANY" : method.httpMethod()) + " " + path;
                    routes.add(new Route(resource, method, key, segments(path)));
                }
            }
        }
        this.defaultRoute = Optional.ofNullable(fallback);
    }

    private static boolean isDefault(Resource resource, Method method) {
        return resource.path().equals("$default") || resource.path().equals("/$default")
                || method.defaultRoute().orElse(false);
    }

    /** The route for a request; path parameters come URL-decoded, as HTTP APIs pass them. */
    public Optional<Match> match(String httpMethod, String rawPath) {
        String[] request = segments(rawPath);
        Match best = null;
        int[] bestScore = null;
        for (Route route : routes) {
            if (!route.method().isAny() && !route.method().httpMethod().equalsIgnoreCase(httpMethod)) {
                continue;
            }
            Optional<Map<String, String>> parameters = route.bind(request);
            if (parameters.isEmpty()) {
                continue;
            }
            int[] score = route.score();
            if (best == null || compare(score, bestScore) > 0) {
                best = new Match(route.resource(), route.method(), route.key(), parameters.get());
                bestScore = score;
            }
        }
        if (best != null) {
            return Optional.of(best);
        }
        return defaultRoute.map(r -> new Match(r.resource(), r.method(), r.key(), Map.of()));
    }

    private static int compare(int[] a, int[] b) {
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (a[i] != b[i]) {
                return Integer.compare(a[i], b[i]);
            }
        }
        return Integer.compare(a.length, b.length);
    }

    private static String[] segments(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        if (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.isEmpty() ? new String[0] : trimmed.split("/", -1);
    }

    private static String decode(String segment) {
        try {
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return segment;
        }
    }

    /** A matched route: the resource and method it was declared on, its route key, the path parameters. */
    public record Match(Resource resource, Method method, String routeKey, Map<String, String> pathParameters) {
        public Match {
            pathParameters = Map.copyOf(pathParameters);
        }
    }

    private record Route(Resource resource, Method method, String key, String[] pattern) {
        Optional<Map<String, String>> bind(String[] request) {
            Map<String, String> parameters = new LinkedHashMap<>();
            for (int i = 0; i < pattern.length; i++) {
                String part = pattern[i];
                if (part.startsWith("{") && part.endsWith("+}")) {
                    if (i >= request.length) {
                        return Optional.empty();
                    }
                    String rest = String.join("/", Arrays.copyOfRange(request, i, request.length));
                    parameters.put(part.substring(1, part.length() - 2), decode(rest));
                    return Optional.of(parameters);
                }
                if (i >= request.length) {
                    return Optional.empty();
                }
                if (part.startsWith("{") && part.endsWith("}")) {
                    if (request[i].isEmpty()) {
                        return Optional.empty();
                    }
                    parameters.put(part.substring(1, part.length() - 1), decode(request[i]));
                } else if (!part.equals(request[i])) {
                    return Optional.empty();
                }
            }
            return pattern.length == request.length ? Optional.of(parameters) : Optional.empty();
        }

        /** Per segment 3 static, 2 variable, 1 greedy; then 1 for a method route over ANY. */
        int[] score() {
            int[] score = new int[pattern.length + 1];
            for (int i = 0; i < pattern.length; i++) {
                String part = pattern[i];
                score[i] = part.endsWith("+}") ? 1 : part.startsWith("{") ? 2 : 3;
            }
            score[pattern.length] = method.isAny() ? 0 : 1;
            return score;
        }
    }
}
