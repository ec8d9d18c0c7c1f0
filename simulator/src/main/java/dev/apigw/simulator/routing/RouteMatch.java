package dev.apigw.simulator.routing;

import dev.apigw.model.api.Resource;
import dev.apigw.simulator.collect.FrozenMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** A resource that matches a request path, with its path parameters (raw, as API Gateway passes them on). */
public record RouteMatch(Resource resource, Map<String, String> pathParameters) {
    public RouteMatch {
        if (!(pathParameters instanceof FrozenMap<String>)) {
            pathParameters = FrozenMap.adopt(new LinkedHashMap<>(pathParameters));
        }
    }
}
