package dev.apigw.simulator.server;

import dev.apigw.simulator.Gateway;
import dev.apigw.simulator.cache.CacheStats;
import dev.apigw.simulator.gateway.Json;
import java.util.Map;

/**
 * {@code GET /_apigw/metrics}: the simulator's own counters as JSON, named like API Gateway's CloudWatch metrics,
 * e.g. {@code {"stages":{"dev":{"CacheHitCount":3,"CacheMissCount":1}}}}. Only stages with their cache enabled are
 * listed. The path is reserved for the simulator: it is answered before any stage sees it.
 */
final class MetricsEndpoint {
    static final String PATH = "/_apigw/metrics";

    private MetricsEndpoint() {
    }

    static String json(Gateway gateway) {
        StringBuilder sb = new StringBuilder("{\"stages\":{");
        boolean first = true;
        for (Map.Entry<String, CacheStats> e : gateway.cacheStats().entrySet()) {
            if (!first) {
                sb.append(',');
            }
            first = false;
            sb.append(Json.quote(e.getKey())).append(":{\"CacheHitCount\":").append(e.getValue().cacheHitCount())
                    .append(",\"CacheMissCount\":").append(e.getValue().cacheMissCount()).append('}');
        }
        return sb.append("}}").toString();
    }
}
