package dev.apigw.simulator.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.apigw.simulator.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The in-memory {@link ResponseCache}: Caffeine bounded by a byte weight, each entry expiring after its own TTL.
 * Time comes from the simulator's {@link Clock} (as Caffeine's ticker), so tests move the clock instead of sleeping.
 */
public final class CaffeineResponseCache implements ResponseCache {
    /** Rough per-entry bookkeeping (key, maps, arrays) added to the payload bytes. */
    private static final int ENTRY_OVERHEAD = 64;

    private final Cache<String, Entry> cache;

    public CaffeineResponseCache(long maxBytes, Clock clock) {
        Ticker ticker = () -> clock.millis() * 1_000_000L;
        this.cache = Caffeine.newBuilder()
                .ticker(ticker)
                .maximumWeight(maxBytes)
                .weigher((String key, Entry entry) -> entry.weight(key))
                .expireAfter(new Expiry<String, Entry>() {
                    @Override
                    public long expireAfterCreate(String key, Entry entry, long currentTime) {
                        return entry.ttl().toNanos();
                    }

                    @Override
                    public long expireAfterUpdate(String key, Entry entry, long currentTime, long currentDuration) {
                        return entry.ttl().toNanos();
                    }

                    @Override
                    public long expireAfterRead(String key, Entry entry, long currentTime, long currentDuration) {
                        return currentDuration;
                    }
                })
                .executor(Runnable::run)
                .build();
    }

    @Override
    public Optional<HttpResponse> get(String key) {
        return Optional.ofNullable(cache.getIfPresent(key)).map(Entry::response);
    }

    @Override
    public void put(String key, HttpResponse response, Duration ttl) {
        cache.put(key, new Entry(response, ttl));
    }

    @Override
    public void invalidate(String key) {
        cache.invalidate(key);
    }

    @Override
    public void clear() {
        cache.invalidateAll();
    }

    /** Entries currently held (after pending maintenance), for tests. */
    long size() {
        cache.cleanUp();
        return cache.estimatedSize();
    }

    private record Entry(HttpResponse response, Duration ttl) {
        int weight(String key) {
            long bytes = ENTRY_OVERHEAD + key.length() + response.body().length;
            for (Map.Entry<String, List<String>> h : response.headers().entrySet()) {
                bytes += h.getKey().getBytes(StandardCharsets.UTF_8).length;
                for (String v : h.getValue()) {
                    bytes += v.getBytes(StandardCharsets.UTF_8).length;
                }
            }
            return (int) Math.min(Integer.MAX_VALUE, bytes);
        }
    }
}
