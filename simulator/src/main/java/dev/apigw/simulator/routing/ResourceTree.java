package dev.apigw.simulator.routing;

import dev.apigw.model.api.Resource;
import dev.apigw.simulator.collect.FrozenMap;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The API's resources as API Gateway matches them: segment by segment, a static part beats a {@code {param}},
 * which beats a greedy {@code {proxy+}}; backtracks when a more specific branch leads nowhere. Static parts are
 * compared with the URL-decoded segment, case-sensitively; parameter values stay as sent.
 */
public final class ResourceTree {
    private final Node root = new Node();
    private final List<Resource> resources;

    public ResourceTree(List<Resource> resources) {
        this.resources = List.copyOf(resources);
        for (Resource r : resources) {
            Node node = root;
            for (String part : parts(r.path())) {
                node = node.child(part);
            }
            node.resource = r;
        }
    }

    public List<Resource> resources() {
        return resources;
    }

    public Optional<RouteMatch> match(String rawPath) {
        Segments segments = Segments.of(rawPath);
        LinkedHashMap<String, String> params = new LinkedHashMap<>();
        Resource found = match(root, segments, 0, params);
        // The map is this call's own and is never changed again: the match adopts it rather than copying it.
        return found == null ? Optional.empty() : Optional.of(new RouteMatch(found, FrozenMap.adopt(params)));
    }

    private Resource match(Node node, Segments s, int index, Map<String, String> params) {
        if (index == s.size()) {
            return node.resource;
        }
        String raw = s.get(index);
        Node exact = node.statics.get(decode(raw));
        if (exact != null) {
            Resource r = match(exact, s, index + 1, params);
            if (r != null) {
                return r;
            }
        }
        if (node.param != null && !raw.isEmpty()) {
            params.put(node.paramName, raw);
            Resource r = match(node.param, s, index + 1, params);
            if (r != null) {
                return r;
            }
            params.remove(node.paramName);
        }
        if (node.greedy != null && node.greedy.resource != null && !raw.isEmpty()) {
            params.put(node.greedyName, s.rest(index));
            return node.greedy.resource;
        }
        return null;
    }

    static List<String> parts(String path) {
        List<String> parts = new ArrayList<>();
        for (String p : path.split("/")) {
            if (!p.isEmpty()) {
                parts.add(p);
            }
        }
        return parts;
    }

    static String decode(String segment) {
        if (segment.indexOf('%') < 0) {
            return segment;
        }
        try {
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return segment;
        }
    }

    private static final class Node {
        final Map<String, Node> statics = new HashMap<>();
        Node param;
        String paramName;
        Node greedy;
        String greedyName;
        Resource resource;

        Node child(String part) {
            if (part.startsWith("{") && part.endsWith("+}")) {
                if (greedy == null) {
                    greedy = new Node();
                    greedyName = part.substring(1, part.length() - 2);
                }
                return greedy;
            }
            if (part.startsWith("{") && part.endsWith("}")) {
                if (param == null) {
                    param = new Node();
                    paramName = part.substring(1, part.length() - 1);
                }
                return param;
            }
            return statics.computeIfAbsent(part, k -> new Node());
        }
    }

    /**
     * The request path split at slashes; one trailing slash is ignored for matching and left out of greedy values
     * ({@code /files/a/} gives {@code proxy=a}, as API Gateway gives it), while empty segments inside stay
     * ({@code a//b}).
     */
    private record Segments(String[] parts) {
        static Segments of(String rawPath) {
            String p = rawPath.startsWith("/") ? rawPath.substring(1) : rawPath;
            if (p.endsWith("/")) {
                p = p.substring(0, p.length() - 1);
            }
            return new Segments(p.isEmpty() ? new String[0] : p.split("/", -1));
        }

        int size() {
            return parts.length;
        }

        String get(int i) {
            return parts[i];
        }

        String rest(int from) {
            return String.join("/", java.util.Arrays.copyOfRange(parts, from, parts.length));
        }
    }
}
