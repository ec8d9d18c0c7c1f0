package dev.apigw.simulator.traffic;

import dev.apigw.model.project.Quota;
import java.time.Instant;

/**
 * Usage plan quota counters, one per usage plan and API key, reset at each period boundary. Implementations must
 * count exactly under concurrency; the in-memory one is {@link InMemoryQuotaStore}, a shared store could back
 * another.
 */
public interface QuotaStore {

    /** Counts one request on {@code counter} if the period's allowance is not used up ({@link QuotaUsage#granted}). */
    QuotaUsage tryConsume(String counter, Quota quota, QuotaPeriod period, Instant now);

    /** The counter as it stands at {@code now}, counting nothing. */
    QuotaUsage usage(String counter, Quota quota, QuotaPeriod period, Instant now);
}
