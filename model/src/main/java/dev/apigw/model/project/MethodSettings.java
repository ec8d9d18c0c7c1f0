package dev.apigw.model.project;

import java.util.Optional;

/**
 * Per-method overrides of a stage, keyed by {@code "GET /pets"} (or {@code "* /*"}).
 *
 * @param unauthorizedCacheControlHeaderStrategy what a {@code Cache-Control: max-age=0} from a caller that may not
 *     invalidate the cache gets, when {@code requireAuthorizationForCacheControl} is on
 */
public record MethodSettings(Optional<ThrottleSettings> throttling, Optional<Boolean> cachingEnabled,
        Optional<Integer> cacheTtlInSeconds, Optional<Boolean> requireAuthorizationForCacheControl,
        Optional<UnauthorizedCacheControlHeaderStrategy> unauthorizedCacheControlHeaderStrategy) {

    /** Settings without a cache-control strategy (the strategy was added later; callers predate it). */
    public MethodSettings(Optional<ThrottleSettings> throttling, Optional<Boolean> cachingEnabled,
            Optional<Integer> cacheTtlInSeconds, Optional<Boolean> requireAuthorizationForCacheControl) {
        this(throttling, cachingEnabled, cacheTtlInSeconds, requireAuthorizationForCacheControl, Optional.empty());
    }
}
