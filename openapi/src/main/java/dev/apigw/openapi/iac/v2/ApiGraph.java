package dev.apigw.openapi.iac.v2;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One {@code AWS::ApiGatewayV2::Api} and the resources that name it in their {@code ApiId}, by type, in template
 * order. Quick create adds the resources AWS would create to the same lists.
 */
final class ApiGraph {
    private final V2Resource api;
    private final Map<String, List<V2Resource>> children = new LinkedHashMap<>();

    ApiGraph(V2Resource api) {
        this.api = api;
    }

    V2Resource api() {
        return api;
    }

    void add(V2Resource child) {
        children.computeIfAbsent(child.type(), t -> new ArrayList<>()).add(child);
    }

    List<V2Resource> of(String type) {
        return List.copyOf(children.getOrDefault(type, List.of()));
    }

    Optional<V2Resource> find(String type, String logicalId) {
        return children.getOrDefault(type, List.of()).stream().filter(r -> r.logicalId().equals(logicalId))
                .findFirst();
    }

    /** Children of types this reader does not read (ApiMapping, for example). */
    List<V2Resource> others(java.util.Set<String> known) {
        List<V2Resource> out = new ArrayList<>();
        children.forEach((type, list) -> {
            if (!known.contains(type)) {
                out.addAll(list);
            }
        });
        return out;
    }
}
