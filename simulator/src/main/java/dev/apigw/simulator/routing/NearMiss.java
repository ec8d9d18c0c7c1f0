package dev.apigw.simulator.routing;

import dev.apigw.model.api.Method;
import dev.apigw.model.api.Resource;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Explains, for the execution log, why a request matched no method and what came closest. */
public final class NearMiss {
    private NearMiss() {
    }

    public static String noResource(String method, String rawPath, List<Resource> resources) {
        if (resources.isEmpty()) {
            return "no resource matches " + method + " " + rawPath + ": the API has no resources";
        }
        List<String> request = ResourceTree.parts(rawPath).stream().map(ResourceTree::decode).toList();
        Resource best = resources.stream()
                .max(Comparator.comparingInt((Resource r) -> score(ResourceTree.parts(r.path()), request))
                        .thenComparing(r -> -Math.abs(ResourceTree.parts(r.path()).size() - request.size())))
                .orElseThrow();
        StringBuilder sb = new StringBuilder("no resource matches ").append(method).append(' ').append(rawPath)
                .append("; closest is ").append(best.path());
        List<String> parts = ResourceTree.parts(best.path());
        int common = score(parts, request);
        sb.append(" (").append(common).append(" of ").append(parts.size()).append(" segments match");
        if (best.path().toLowerCase(Locale.ROOT).equals(joined(request).toLowerCase(Locale.ROOT))) {
            sb.append("; paths are case-sensitive");
        }
        return sb.append(')').toString();
    }

    public static String noMethod(String method, Resource resource) {
        String methods = resource.methods().stream().map(Method::httpMethod).collect(Collectors.joining(", "));
        return "resource " + resource.path() + " matches but has no " + method + " method (it has "
                + (methods.isEmpty() ? "none" : methods) + ")";
    }

    private static int score(List<String> resource, List<String> request) {
        int n = 0;
        for (int i = 0; i < Math.min(resource.size(), request.size()); i++) {
            String part = resource.get(i);
            if (part.equals(request.get(i)) || part.startsWith("{")) {
                n++;
            } else {
                break;
            }
        }
        return n;
    }

    private static String joined(List<String> parts) {
        return "/" + String.join("/", parts);
    }
}
