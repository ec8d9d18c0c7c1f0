package dev.apigw.simulator.traffic;

import dev.apigw.model.project.ThrottleSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** {@link TokenBuckets} in this process: one lock per bucket, so concurrent requests count exactly. */
public final class InMemoryTokenBuckets implements TokenBuckets {
    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    @Override
    public boolean tryTake(String name, ThrottleSettings limits, Instant now) {
        return buckets.computeIfAbsent(name, n -> new Bucket(limits, now)).tryTake(limits, now);
    }

    /** Absorbs rounding in rate × elapsed time, so 10 tokens/s for 100 ms always earns a whole token. */
    private static final double EPSILON = 1e-9;

    private static final class Bucket {
        private ThrottleSettings limits;
        private double tokens;
        private Instant last;

        Bucket(ThrottleSettings limits, Instant now) {
            this.limits = limits;
            this.tokens = Math.max(0, limits.burstLimit());
            this.last = now;
        }

        synchronized boolean tryTake(ThrottleSettings current, Instant now) {
            if (!current.equals(limits)) {
                limits = current;
                tokens = Math.min(tokens, Math.max(0, current.burstLimit()));
            }
            refill(now);
            if (tokens >= 1 - EPSILON) {
                tokens = Math.max(0, tokens - 1);
                return true;
            }
            return false;
        }

        /** Adds what the rate earned since the last request; a clock that went back earns nothing. */
        private void refill(Instant now) {
            if (now.isAfter(last)) {
                double seconds = Duration.between(last, now).toNanos() / 1e9;
                double capacity = Math.max(0, limits.burstLimit());
                tokens = Math.min(capacity, tokens + Math.max(0, limits.rateLimit()) * seconds);
                last = now;
            }
        }
    }
}
