package dev.apigw.simulator.cache;

/** A stage's cache counters as CloudWatch names them: responses served from the cache, and from the backend. */
public record CacheStats(long cacheHitCount, long cacheMissCount) {
}
