package dev.apigw.simulator.auth.lambda;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The default {@link AuthorizerCache}: a map whose expired entries are dropped when read or when it grows. */
public final class InMemoryAuthorizerCache implements AuthorizerCache {
    /** Past this many entries, expired ones are swept on the next put; a bound on memory for long sessions. */
    private static final int SWEEP_ABOVE = 10_000;

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    private record Entry(AuthorizerResult result, Instant expiresAt) {
    }

    @Override
    public Optional<AuthorizerResult> get(String key, Instant now) {
        Entry e = entries.get(key);
        if (e == null) {
            return Optional.empty();
        }
        if (!now.isBefore(e.expiresAt())) {
            entries.remove(key, e);
            return Optional.empty();
        }
        return Optional.of(e.result());
    }

    @Override
    public void put(String key, AuthorizerResult result, Instant now, Duration ttl) {
        if (entries.size() >= SWEEP_ABOVE) {
            entries.values().removeIf(e -> !now.isBefore(e.expiresAt()));
            if (entries.size() >= SWEEP_ABOVE) {
                entries.clear();
            }
        }
        entries.put(key, new Entry(result, now.plus(ttl)));
    }

    int size() {
        return entries.size();
    }
}
