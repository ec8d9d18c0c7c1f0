package dev.apigw.simulator.cache;

import dev.apigw.simulator.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * One stage's response cache: method responses under their cache key, each for its TTL. An interface so that a
 * store shared by several simulator instances can back it; {@link CaffeineResponseCache} is the in-memory default.
 */
public interface ResponseCache {
    Optional<HttpResponse> get(String key);

    void put(String key, HttpResponse response, Duration ttl);

    void invalidate(String key);

    /** Drops every entry (AWS's "flush stage cache"). */
    void clear();
}
