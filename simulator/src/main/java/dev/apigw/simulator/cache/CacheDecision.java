package dev.apigw.simulator.cache;

import dev.apigw.model.project.UnauthorizedCacheControlHeaderStrategy;
import dev.apigw.simulator.gateway.GatewayErrors;
import dev.apigw.simulator.pipeline.Invocation;

/**
 * What the cache does for one request, decided the same way by the lookup and by the store step (which runs after
 * the response is mapped), so no state has to travel between them.
 *
 * @param invalidate the client may and did ask for a fresh response ({@code Cache-Control: max-age=0})
 * @param warn an unauthorized {@code max-age=0} was ignored and the response says so
 */
record CacheDecision(MethodCaching caching, String key, boolean invalidate, boolean warn) {

    /** Empty when the method does not cache; throws the 403 for FAIL_WITH_403. */
    static java.util.Optional<CacheDecision> of(CachePolicy policy, Invocation inv) {
        if (inv.method().isEmpty() || inv.resource().isEmpty() || inv.integration().isEmpty()) {
            return java.util.Optional.empty();
        }
        MethodCaching caching = policy.of(inv.method().get().httpMethod(), inv.resource().get().path());
        if (!caching.enabled()) {
            return java.util.Optional.empty();
        }
        boolean fresh = CacheControl.wantsFresh(inv);
        boolean allowed = !caching.requireAuthorization() || CacheControl.authorized(inv);
        boolean warn = false;
        if (fresh && !allowed) {
            if (caching.strategy() == UnauthorizedCacheControlHeaderStrategy.FAIL_WITH_403) {
                inv.logError("cache", "Cache-Control: max-age=0 from a caller not authorized to invalidate the cache: "
                        + "FAIL_WITH_403");
                throw GatewayErrors.cacheInvalidationDenied();
            }
            warn = caching.strategy() == UnauthorizedCacheControlHeaderStrategy.SUCCEED_WITH_RESPONSE_HEADER;
        }
        return java.util.Optional.of(new CacheDecision(caching, CacheKey.of(inv), fresh && allowed, warn));
    }
}
