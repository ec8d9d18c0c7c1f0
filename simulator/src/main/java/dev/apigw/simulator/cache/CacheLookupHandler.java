package dev.apigw.simulator.cache;

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
 * The cache lookup step, after validation and before the request is mapped: a cached response for the key is the
 * answer (the integration is not called); an authorized {@code Cache-Control: max-age=0} drops the entry first so
 * the integration's fresh response replaces it ({@link CacheStoreHandler}).
 */
public final class CacheLookupHandler implements Handler {
    private final StageCache cache;
    private final CachePolicy policy;

    public CacheLookupHandler(StageCache cache, CachePolicy policy) {
        this.cache = cache;
        this.policy = policy;
    }

    @Override
    public Outcome handle(Invocation inv) {
        Optional<CacheDecision> decision = CacheDecision.of(policy, inv);
        if (decision.isEmpty()) {
            return Outcome.CONTINUE;
        }
        CacheDecision d = decision.get();
        if (d.invalidate()) {
            cache.store().invalidate(d.key());
            cache.miss();
            inv.log("cache", "Cache-Control: max-age=0: invalidated the cache entry; fetching a fresh response");
            return Outcome.CONTINUE;
        }
        Optional<HttpResponse> hit = cache.store().get(d.key());
        if (hit.isEmpty()) {
            cache.miss();
            inv.log("cache", "Cache miss: no cached response for this request (TTL " + d.caching().ttlSeconds()
                    + " s)");
            return Outcome.CONTINUE;
        }
        cache.hit();
        inv.log("cache", "Cache hit: answering from the stage cache without calling the integration");
        inv.response(d.warn() ? withWarning(hit.get()) : hit.get());
        return Outcome.RESPOND;
    }

    static HttpResponse withWarning(HttpResponse response) {
        Map<String, List<String>> headers = new LinkedHashMap<>(response.headers());
        HttpHeaders.set(headers, CacheControl.WARNING_HEADER, CacheControl.WARNING_VALUE);
        return new HttpResponse(response.status(), headers, response.body());
    }
}
