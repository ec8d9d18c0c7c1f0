package dev.apigw.simulator.pipeline;

import dev.apigw.model.api.IntegrationType;
import dev.apigw.simulator.collect.FrozenMap;
import dev.apigw.simulator.compression.ResponseCompression;
import dev.apigw.simulator.gateway.GatewayResponder;
import dev.apigw.simulator.gateway.GatewayResponseException;
import dev.apigw.simulator.http.HttpHeaders;
import dev.apigw.simulator.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * REST APIs: errors through the (customisable) gateway responses; every response carries {@code x-amzn-RequestId}
 * and {@code x-amz-apigw-id}, and Lambda-backed successes an {@code X-Amzn-Trace-Id}. Successful responses are
 * compressed as the API's minimum compression size asks.
 */
public final class RestResponses implements ApiResponses {
    private final GatewayResponder responder = new GatewayResponder();

    @Override
    public HttpResponse error(Invocation inv, GatewayResponseException failure) {
        try {
            return responder.respond(inv, failure);
        } catch (RuntimeException e) {
            inv.log("gateway response", "could not apply the gateway response customisation: " + e);
            Map<String, List<String>> headers = new LinkedHashMap<>();
            HttpHeaders.set(headers, "Content-Type", "application/json");
            return new HttpResponse(failure.status(), headers, failure.defaultBody().getBytes(StandardCharsets.UTF_8));
        }
    }

    @Override
    public HttpResponse finish(Invocation inv, HttpResponse response) {
        // Copied through forEach: the copy constructor would walk the frozen map's entry-set view, which wraps
        // every entry.
        LinkedHashMap<String, List<String>> headers = new LinkedHashMap<>();
        response.headers().forEach(headers::put);
        HttpHeaders.set(headers, "x-amzn-RequestId", inv.requestId());
        HttpHeaders.set(headers, "x-amz-apigw-id", inv.extendedRequestId());
        boolean lambda = inv.integration().flatMap(i -> i.type())
                .filter(t -> t == IntegrationType.AWS_PROXY || t == IntegrationType.AWS).isPresent();
        if (lambda && inv.failure().isEmpty() && !HttpHeaders.contains(headers, "X-Amzn-Trace-Id")) {
            String trace = inv.traceId();
            HttpHeaders.set(headers, "X-Amzn-Trace-Id", trace.contains("Sampled=") ? trace : trace + ";Sampled=0");
        }
        // Every list in it is immutable (a frozen response's, or set's): hand the map over instead of copying it.
        HttpResponse finished = new HttpResponse(response.status(), FrozenMap.adopt(headers), response.body());
        Optional<Integer> minimumCompressionSize = inv.deployment().api().settings().minimumCompressionSize();
        if (inv.failure().isPresent() || minimumCompressionSize.isEmpty()) {
            return finished;
        }
        return ResponseCompression.apply(minimumCompressionSize,
                HttpHeaders.all(inv.request().headers(), "Accept-Encoding"), finished);
    }
}
