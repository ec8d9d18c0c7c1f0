package dev.apigw.simulator.cache;

import dev.apigw.simulator.http.HttpResponse;
import dev.apigw.simulator.pipeline.Handler;
import dev.apigw.simulator.pipeline.Invocation;
import dev.apigw.simulator.pipeline.Outcome;
import java.time.Duration;
import java.util.Optional;

/**
 * Wraps the response mapping step: once the method response is ready, a cacheable one is stored under the
 * request's cache key for the method's TTL. Only 2xx responses are stored, and none over AWS's documented
 * 1,048,576-byte limit for a cached response.
 */
public final class CacheStoreHandler implements Handler {
    /** AWS: the maximum size of a response that can be cached. */
    public static final int MAX_CACHED_BYTES = 1_048_576;

    private final StageCache cache;
    private final CachePolicy policy;
    private final Handler responseMapping;

    public CacheStoreHandler(StageCache cache, CachePolicy policy, Handler responseMapping) {
        this.cache = cache;
        this.policy = policy;
        this.responseMapping = responseMapping;
    }

    @Override
    public Outcome handle(Invocation inv) {
        Outcome outcome = responseMapping.handle(inv);
        Optional<CacheDecision> decision = CacheDecision.of(policy, inv);
        Optional<HttpResponse> response = inv.response();
        if (decision.isEmpty() || response.isEmpty()) {
            return outcome;
        }
        HttpResponse r = response.get();
        if (r.status() < 200 || r.status() > 299) {
            inv.log("cache", "Not cached: status " + r.status() + " is not a success");
        } else if (r.body().length > MAX_CACHED_BYTES) {
            inv.log("cache", "Not cached: the response (" + r.body().length + " bytes) is larger than "
                    + MAX_CACHED_BYTES + " bytes");
        } else {
            cache.store().put(decision.get().key(), r, Duration.ofSeconds(decision.get().caching().ttlSeconds()));
            inv.log("cache", "Stored the response in the stage cache for " + decision.get().caching().ttlSeconds()
                    + " s");
        }
        if (decision.get().warn()) {
            inv.response(CacheLookupHandler.withWarning(r));
        }
        return outcome;
    }
}
