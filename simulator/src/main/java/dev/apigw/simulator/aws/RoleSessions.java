package dev.apigw.simulator.aws;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reuses a role's temporary credentials until shortly before they expire, then assumes the role again, as the
 * AWS SDKs' STS credential providers do. Two first requests racing may both assume the role; STS allows that.
 */
public final class RoleSessions {
    /** Credentials this close to their expiration are renewed rather than used. */
    public static final Duration REFRESH_BEFORE_EXPIRY = Duration.ofMinutes(5);

    /** The credentials to sign with, and whether they came from the cache (for the execution log). */
    public record Session(TemporaryCredentials credentials, boolean cached) {
    }

    private final RoleCredentialsCache cache;
    private final Clock clock;

    public RoleSessions(RoleCredentialsCache cache, Clock clock) {
        this.cache = cache;
        this.clock = clock;
    }

    /** Cached credentials while fresh, else those {@code assume} gets (stored for the next requests). */
    public Session credentials(String key, Supplier<TemporaryCredentials> assume) {
        Instant now = clock.instant();
        Optional<TemporaryCredentials> cached = cache.get(key).filter(c -> fresh(c, now));
        if (cached.isPresent()) {
            return new Session(cached.get(), true);
        }
        TemporaryCredentials assumed = assume.get();
        cache.put(key, assumed);
        return new Session(assumed, false);
    }

    private static boolean fresh(TemporaryCredentials credentials, Instant now) {
        return now.isBefore(credentials.expiration().minus(REFRESH_BEFORE_EXPIRY));
    }
}
