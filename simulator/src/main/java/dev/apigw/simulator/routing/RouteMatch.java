package dev.apigw.simulator.routing;

import dev.apigw.model.api.Resource;
import java.util.Map;

/** A resource that matches a request path, with its path parameters (raw, as API Gateway passes them on). */
public record RouteMatch(Resource resource, Map<String, String> pathParameters) {
    public RouteMatch {
        pathParameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(pathParameters));
    }
}
