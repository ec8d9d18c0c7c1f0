package dev.apigw.simulator.cache;

import java.util.concurrent.atomic.LongAdder;

/** One stage's cache with its hit and miss counters; what outlives a hot reload. */
public final class StageCache {
    private final ResponseCache store;
    private final String size;
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();

    StageCache(ResponseCache store, String size) {
        this.store = store;
        this.size = size;
    }

    public ResponseCache store() {
        return store;
    }

    String size() {
        return size;
    }

    public void hit() {
        hits.increment();
    }

    public void miss() {
        misses.increment();
    }

    public CacheStats stats() {
        return new CacheStats(hits.sum(), misses.sum());
    }
}
