package dev.apigw.model.project;

import java.util.Locale;
import java.util.Optional;

/**
 * AWS's {@code unauthorizedCacheControlHeaderStrategy}: how API Gateway treats {@code Cache-Control: max-age=0}
 * from a caller that is not allowed to invalidate the cache.
 */
public enum UnauthorizedCacheControlHeaderStrategy {
    /** The request fails with 403. */
    FAIL_WITH_403,
    /** The header is ignored (the cached response is served) and the response says so in a header. */
    SUCCEED_WITH_RESPONSE_HEADER,
    /** The header is ignored silently. */
    SUCCEED_WITHOUT_RESPONSE_HEADER;

    /** The value AWS uses when none is set (the console's "Ignore cache control header; add a warning"). */
    public static final UnauthorizedCacheControlHeaderStrategy DEFAULT = SUCCEED_WITH_RESPONSE_HEADER;

    public static Optional<UnauthorizedCacheControlHeaderStrategy> parse(String text) {
        try {
            return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
