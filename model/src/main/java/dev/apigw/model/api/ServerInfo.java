package dev.apigw.model.api;

import dev.apigw.model.Immutable;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the API says it is served: OpenAPI 3 {@code servers} (raw, minus the endpoint-configuration extension), or
 * Swagger 2 {@code host}/{@code basePath}/{@code schemes} and the document-wide {@code consumes}/{@code produces}.
 */
public record ServerInfo(
        List<Map<String, Object>> servers,
        Optional<String> host,
        Optional<String> basePath,
        List<String> schemes,
        Optional<List<String>> consumes,
        Optional<List<String>> produces) {

    public ServerInfo {
        servers = Immutable.list(servers);
        schemes = Immutable.list(schemes);
        consumes = consumes.map(Immutable::list);
        produces = produces.map(Immutable::list);
    }

    public static ServerInfo none() {
        return new ServerInfo(List.of(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
                Optional.empty());
    }

    /**
     * The base path the document declares: Swagger's {@code basePath}, or the path of the first server URL with its
     * variables replaced by their defaults (AWS exports put the stage there as a {@code basePath} variable).
     */
    public String effectiveBasePath() {
        if (basePath.isPresent()) {
            return normalise(basePath.get());
        }
        if (servers.isEmpty()) {
            return "/";
        }
        Map<String, Object> server = servers.get(0);
        String url = String.valueOf(server.getOrDefault("url", "/"));
        if (server.get("variables") instanceof Map<?, ?> variables) {
            for (Map.Entry<?, ?> e : variables.entrySet()) {
                Object def = e.getValue() instanceof Map<?, ?> v ? v.get("default") : null;
                url = url.replace("{" + e.getKey() + "}", def == null ? "" : String.valueOf(def));
            }
        }
        try {
            String path = url.contains("://") ? URI.create(url.replace(" ", "%20")).getPath() : url;
            return normalise(path == null ? "/" : path);
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }

    private static String normalise(String path) {
        String p = path.startsWith("/") ? path : "/" + path;
        while (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p.replaceAll("/{2,}", "/");
    }
}
