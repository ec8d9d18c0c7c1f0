package dev.apigw.simulator.traffic;

import dev.apigw.model.project.ThrottleSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@link TokenBuckets} in this process. Each bucket is one immutable state swapped by compare-and-set, so concurrent
 * requests count exactly without a lock: under load a lock holder that loses its CPU would make every other
 * request of the API queue behind it (every request takes from the account bucket).
 */
public final class InMemoryTokenBuckets implements TokenBuckets {
    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    @Override
    public boolean tryTake(String name, ThrottleSettings limits, Instant now) {
        Bucket bucket = buckets.get(name);
        if (bucket == null) {
            bucket = buckets.computeIfAbsent(name, n -> new Bucket(limits, now));
        }
        return bucket.tryTake(limits, now);
    }

    /** Absorbs rounding in rate × elapsed time, so 10 tokens/s for 100 ms always earns a whole token. */
    private static final double EPSILON = 1e-9;

    private record State(ThrottleSettings limits, double tokens, Instant last) {
        /** Adds what the rate earned since the last request; a clock that went back earns nothing. */
        State refilled(ThrottleSettings current, Instant now) {
            double available = current.equals(limits) ? tokens : Math.min(tokens, Math.max(0, current.burstLimit()));
            if (!now.isAfter(last)) {
                return current.equals(limits) ? this : new State(current, available, last);
            }
            double seconds = Duration.between(last, now).toNanos() / 1e9;
            double capacity = Math.max(0, current.burstLimit());
            return new State(current, Math.min(capacity, available + Math.max(0, current.rateLimit()) * seconds), now);
        }
    }

    private static final class Bucket {
        private final AtomicReference<State> state;

        Bucket(ThrottleSettings limits, Instant now) {
            this.state = new AtomicReference<>(new State(limits, Math.max(0, limits.burstLimit()), now));
        }

        boolean tryTake(ThrottleSettings current, Instant now) {
            while (true) {
                State before = state.get();
                State refilled = before.refilled(current, now);
                boolean granted = refilled.tokens() >= 1 - EPSILON;
                State after = granted ? new State(refilled.limits(), Math.max(0, refilled.tokens() - 1),
                        refilled.last()) : refilled;
                if (after == before || state.compareAndSet(before, after)) {
                    return granted;
                }
            }
        }
    }
}
