package dev.apigw.simulator.traffic;

/**
 * The throttle buckets and quota counters of a running gateway: shared by all its stages and kept across hot
 * reloads, so a reload neither refills a bucket nor forgives a quota.
 */
public record TrafficState(TokenBuckets buckets, QuotaStore quotas) {
    public static TrafficState inMemory() {
        return new TrafficState(new InMemoryTokenBuckets(), new InMemoryQuotaStore());
    }
}
