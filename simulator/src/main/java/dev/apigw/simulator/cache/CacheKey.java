package dev.apigw.simulator.cache;

import dev.apigw.model.api.Integration;
import dev.apigw.simulator.http.HttpHeaders;
import dev.apigw.simulator.http.HttpRequest;
import dev.apigw.simulator.pipeline.Invocation;
import java.util.List;

/**
 * The key a response is cached under: the request's HTTP method, the integration's {@code cacheNamespace} (by
 * default the resource — AWS uses the resource id — so resources that name the same namespace share entries),
 * and the values of its {@code cacheKeyParameters} ({@code method.request.path|querystring|header.NAME}, and the
 * {@code multivalue*} forms). Parameters that are not cache keys do not split the cache, as on AWS.
 */
public final class CacheKey {
    private static final String PREFIX = "method.request.";

    private CacheKey() {
    }

    public static String of(Invocation inv) {
        Integration integration = inv.integration().orElseThrow();
        String namespace = integration.cacheNamespace()
                .orElseGet(() -> inv.resource().map(r -> r.path()).orElse(inv.request().path()));
        StringBuilder key = new StringBuilder(64);
        key.append(inv.request().method()).append(' ').append(namespace.length()).append(':').append(namespace);
        for (String parameter : integration.cacheKeyParameters()) {
            String value = String.join(",", values(inv, parameter));
            // Length-prefixed, so no value can make two different requests collide.
            key.append('|').append(parameter).append('=').append(value.length()).append(':').append(value);
        }
        return key.toString();
    }

    static List<String> values(Invocation inv, String parameter) {
        if (!parameter.startsWith(PREFIX)) {
            return List.of();
        }
        String rest = parameter.substring(PREFIX.length());
        int dot = rest.indexOf('.');
        if (dot < 0) {
            return List.of();
        }
        String where = rest.substring(0, dot);
        String name = rest.substring(dot + 1);
        HttpRequest request = inv.request();
        return switch (where) {
            case "path" -> single(inv.pathParameters().get(name));
            case "querystring" -> last(request.query().getOrDefault(name, List.of()));
            case "multivaluequerystring" -> request.query().getOrDefault(name, List.of());
            case "header" -> single(HttpHeaders.last(request.headers(), name).orElse(null));
            case "multivalueheader" -> HttpHeaders.all(request.headers(), name);
            default -> List.of();
        };
    }

    private static List<String> single(String value) {
        return value == null ? List.of() : List.of(value);
    }

    private static List<String> last(List<String> values) {
        return values.isEmpty() ? List.of() : List.of(values.get(values.size() - 1));
    }
}
