package dev.apigw.simulator.cors;

import dev.apigw.simulator.http.HttpHeaders;
import dev.apigw.simulator.http.HttpResponse;
import dev.apigw.simulator.pipeline.Handler;
import dev.apigw.simulator.pipeline.Invocation;
import dev.apigw.simulator.pipeline.Outcome;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Wraps the response mapping step of an HTTP API with a CORS configuration. As AWS documents, the CORS headers the
 * integration returned are dropped (the configuration wins), and for a request whose {@code Origin} is allowed the
 * response from the integration gets {@code Access-Control-Allow-Origin}, plus {@code Access-Control-Expose-Headers}
 * and {@code Access-Control-Allow-Credentials} when configured.
 */
public final class CorsResponseHandler implements Handler {
    private final CorsPolicy policy;
    private final Handler responseMapping;

    public CorsResponseHandler(CorsPolicy policy, Handler responseMapping) {
        this.policy = policy;
        this.responseMapping = responseMapping;
    }

    @Override
    public Outcome handle(Invocation inv) {
        Outcome outcome = responseMapping.handle(inv);
        if (inv.response().isEmpty()) {
            return outcome;
        }
        HttpResponse response = inv.response().get();
        Map<String, List<String>> headers = new LinkedHashMap<>(response.headers());
        boolean dropped = headers.keySet().removeIf(name -> name.regionMatches(true, 0, CorsHeaders.PREFIX, 0,
                CorsHeaders.PREFIX.length()));
        if (dropped) {
            inv.log("cors", "Ignored the CORS headers the integration returned: the API's CORS configuration applies");
        }
        Optional<String> origin = HttpHeaders.first(inv.request().headers(), "Origin");
        Optional<String> allowOrigin = origin.flatMap(policy::allowOrigin);
        if (allowOrigin.isPresent()) {
            HttpHeaders.set(headers, CorsHeaders.ALLOW_ORIGIN, allowOrigin.get());
            policy.exposeHeaders().ifPresent(v -> HttpHeaders.set(headers, CorsHeaders.EXPOSE_HEADERS, v));
            if (policy.allowCredentials()) {
                HttpHeaders.set(headers, CorsHeaders.ALLOW_CREDENTIALS, "true");
            }
        } else if (origin.isPresent()) {
            inv.log("cors", "Origin " + origin.get() + " is not allowed: no CORS headers added");
        }
        if (dropped || allowOrigin.isPresent()) {
            inv.response(new HttpResponse(response.status(), headers, response.body()));
        }
        return outcome;
    }
}
