package dev.apigw.simulator.cache;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * The stage caches of one gateway, by stage name. A hot reload gets the same cache back, so cached entries and
 * counters survive; changing the stage's cache size starts an empty cache, as AWS recreates the cache cluster.
 */
public final class StageCaches {
    private final Map<String, StageCache> caches = new ConcurrentHashMap<>();
    private final BiFunction<Long, Clock, ResponseCache> factory;

    public StageCaches() {
        this(CaffeineResponseCache::new);
    }

    /** With another store per stage (a shared one, say): given the byte budget and the clock. */
    public StageCaches(BiFunction<Long, Clock, ResponseCache> factory) {
        this.factory = factory;
    }

    /** The cache of this stage, sized for the AWS cache size ({@code "0.5"}...). */
    public StageCache forStage(String stage, String size, Clock clock) {
        return caches.compute(stage, (name, existing) -> existing != null && existing.size().equals(size)
                ? existing
                : new StageCache(factory.apply(CacheCapacity.bytesFor(size), clock), size));
    }

    /** Hit and miss counts of every stage that has a cache, in stage-name order. */
    public Map<String, CacheStats> stats() {
        Map<String, CacheStats> out = new LinkedHashMap<>();
        caches.keySet().stream().sorted().forEach(name -> out.put(name, caches.get(name).stats()));
        return out;
    }
}
