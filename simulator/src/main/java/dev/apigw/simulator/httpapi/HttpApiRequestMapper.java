package dev.apigw.simulator.httpapi;

import dev.apigw.model.api.Integration;
import dev.apigw.simulator.gateway.GatewayErrors;
import dev.apigw.simulator.http.HttpHeaders;
import dev.apigw.simulator.mapping.UriTemplate;
import dev.apigw.simulator.pipeline.Handler;
import dev.apigw.simulator.pipeline.IntegrationRequest;
import dev.apigw.simulator.pipeline.Invocation;
import dev.apigw.simulator.pipeline.Outcome;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds the integration request of an HTTP API route: the request passed through as it came (HTTP APIs have no
 * mapping templates), to the integration URI with its stage variables and path variables filled in (the
 * {@code $default} route sends the whole request path), then changed by the integration's parameter mapping
 * ({@code append:} / {@code overwrite:} / {@code remove:} on {@code header.x}, {@code querystring.x}, {@code path}).
 */
public final class HttpApiRequestMapper implements Handler {
    /** Headers the client cannot pass on; API Gateway sets its own. */
    private static final Set<String> HOP_BY_HOP = Set.of("host", "connection", "content-length",
            "transfer-encoding", "keep-alive", "upgrade", "expect");

    @Override
    public Outcome handle(Invocation inv) {
        Integration integration = inv.integration().orElseThrow(() -> {
            inv.logError("integrate", "Execution failed due to configuration error: route "
                    + inv.routeKey().orElse("?") + " has no integration");
            return GatewayErrors.internalError();
        });
        String uri = UriTemplate.withStageVariables(integration.uri().flatMap(u -> u.literal()).orElse(""),
                inv.stageVariables());
        Map<String, String> encoded = new LinkedHashMap<>();
        inv.pathParameters().forEach((k, v) -> encoded.put(k, encodePath(v)));
        uri = UriTemplate.withPathParameters(uri, encoded);
        boolean defaultRoute = "$default".equals(inv.routeKey().orElse(""));
        Map<String, List<String>> headers = new LinkedHashMap<>();
        inv.request().headers().forEach((k, v) -> {
            if (!HOP_BY_HOP.contains(k.toLowerCase(java.util.Locale.ROOT))) {
                headers.put(k, new ArrayList<>(v));
            }
        });
        Map<String, List<String>> query = new LinkedHashMap<>();
        inv.request().query().forEach((k, v) -> query.put(k, new ArrayList<>(v)));
        if (defaultRoute) {
            uri = withPath(uri, inv.request().path(), true);
        }
        Optional<String> path = Optional.empty();
        for (Map.Entry<String, String> mapping : integration.requestParameters().entrySet()) {
            Optional<ParameterMapping.Target> target = ParameterMapping.Target.parse(mapping.getKey());
            if (target.isEmpty()) {
                inv.log("mapping", "Ignoring request parameter mapping " + mapping.getKey()
                        + ": not an append:/overwrite:/remove: target");
                continue;
            }
            String value = ParameterMapping.evaluate(mapping.getValue(), inv, Optional.empty());
            ParameterMapping.Target t = target.get();
            switch (t.location()) {
                case "header" -> apply(headers, t, value, true);
                case "querystring" -> apply(query, t, value, false);
                case "path" -> path = Optional.of(value.startsWith("/") ? value : "/" + value);
                default -> inv.log("mapping", "Ignoring request parameter mapping " + mapping.getKey());
            }
        }
        if (path.isPresent()) {
            uri = withPath(uri, path.get(), false);
        }
        IntegrationRequest request = new IntegrationRequest(inv.request().method(), uri, headers, query,
                inv.pathParameters(), inv.request().body());
        inv.integrationRequest(request);
        inv.log("mapping", "Endpoint request URI: " + uri);
        inv.logData("mapping", "Endpoint request headers: ", request.headers());
        return Outcome.CONTINUE;
    }

    private static void apply(Map<String, List<String>> values, ParameterMapping.Target target, String value,
            boolean caseInsensitive) {
        String name = target.name();
        switch (target.action()) {
            case "remove" -> {
                if (caseInsensitive) {
                    HttpHeaders.remove(values, name);
                } else {
                    values.remove(name);
                }
            }
            case "overwrite" -> {
                if (caseInsensitive) {
                    HttpHeaders.set(values, name, value);
                } else {
                    values.put(name, new ArrayList<>(List.of(value)));
                }
            }
            default -> {
                if (caseInsensitive) {
                    HttpHeaders.add(values, name, value);
                } else {
                    values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
                }
            }
        }
    }

    /**
     * The URI with the path added after its own ({@code $default} sends the whole request path) or put in place of
     * it ({@code overwrite:path}).
     */
    static String withPath(String uri, String path, boolean append) {
        int scheme = uri.indexOf("://");
        if (scheme < 0) {
            return uri;
        }
        int slash = uri.indexOf('/', scheme + 3);
        String origin = slash < 0 ? uri : uri.substring(0, slash);
        String existing = slash < 0 ? "" : uri.substring(slash);
        int q = existing.indexOf('?');
        String query = q < 0 ? "" : existing.substring(q);
        String base = q < 0 ? existing : existing.substring(0, q);
        if (!append || base.endsWith("/")) {
            base = append ? base.substring(0, base.length() - 1) : "";
        }
        return origin + base + path + query;
    }

    /** Each segment URL-encoded, the slashes of a greedy {@code {proxy+}} value kept. */
    private static String encodePath(String value) {
        return Arrays.stream(value.split("/", -1))
                .map(part -> URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("/"));
    }
}
