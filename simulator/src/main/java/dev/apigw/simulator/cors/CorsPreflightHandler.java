package dev.apigw.simulator.cors;

import dev.apigw.simulator.http.HttpHeaders;
import dev.apigw.simulator.http.HttpRequest;
import dev.apigw.simulator.http.HttpResponse;
import dev.apigw.simulator.pipeline.Handler;
import dev.apigw.simulator.pipeline.Invocation;
import dev.apigw.simulator.pipeline.Outcome;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers CORS preflight requests of an HTTP API with a CORS configuration, before routing: API Gateway responds
 * to them itself, whether or not an OPTIONS route exists. A preflight is an OPTIONS request with both an
 * {@code Origin} and an {@code Access-Control-Request-Method} header (AWS's documented condition); any other
 * OPTIONS request is routed like any request. The answer is 204 with no body, carrying the configured
 * {@code Access-Control-*} headers only when the origin is allowed.
 */
public final class CorsPreflightHandler implements Handler {
    private final CorsPolicy policy;

    public CorsPreflightHandler(CorsPolicy policy) {
        this.policy = policy;
    }

    @Override
    public Outcome handle(Invocation inv) {
        HttpRequest request = inv.request();
        Optional<String> origin = HttpHeaders.first(request.headers(), "Origin");
        if (!request.method().equalsIgnoreCase("OPTIONS") || origin.isEmpty()
                || !HttpHeaders.contains(request.headers(), "Access-Control-Request-Method")) {
            return Outcome.CONTINUE;
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        Optional<String> allowOrigin = policy.allowOrigin(origin.get());
        if (allowOrigin.isPresent()) {
            HttpHeaders.set(headers, CorsHeaders.ALLOW_ORIGIN, allowOrigin.get());
            policy.allowMethods().ifPresent(v -> HttpHeaders.set(headers, CorsHeaders.ALLOW_METHODS, v));
            policy.allowHeaders().ifPresent(v -> HttpHeaders.set(headers, CorsHeaders.ALLOW_HEADERS, v));
            policy.exposeHeaders().ifPresent(v -> HttpHeaders.set(headers, CorsHeaders.EXPOSE_HEADERS, v));
            policy.maxAge().ifPresent(v -> HttpHeaders.set(headers, CorsHeaders.MAX_AGE, Integer.toString(v)));
            if (policy.allowCredentials()) {
                HttpHeaders.set(headers, CorsHeaders.ALLOW_CREDENTIALS, "true");
            }
            inv.log("cors", "Preflight from allowed origin " + origin.get() + ": answered by API Gateway");
        } else {
            inv.log("cors", "Preflight from origin " + origin.get() + ", which allowOrigins does not list: "
                    + "answered without CORS headers");
        }
        if (policy.wildcardWithCredentials()) {
            inv.log("cors", "allowOrigins has * together with allowCredentials: browsers refuse credentialed "
                    + "responses with Access-Control-Allow-Origin: *");
        }
        inv.response(new HttpResponse(204, headers, new byte[0]));
        return Outcome.RESPOND;
    }
}
