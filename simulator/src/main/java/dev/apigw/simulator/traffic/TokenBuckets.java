package dev.apigw.simulator.traffic;

import dev.apigw.model.project.ThrottleSettings;
import java.time.Instant;

/**
 * API Gateway's throttles as named token buckets: each holds at most {@code burstLimit} tokens, refills
 * continuously at {@code rateLimit} tokens per second, starts full, and a request takes one token. Implementations
 * must be exact under concurrency (no two requests take the same token); the in-memory one is
 * {@link InMemoryTokenBuckets}, a shared store could back another.
 */
public interface TokenBuckets {

    /**
     * Takes one token from the named bucket at {@code now}; false when it is empty. The bucket is created full on
     * first use; when {@code limits} change (a reload), it keeps its tokens up to the new burst.
     */
    boolean tryTake(String bucket, ThrottleSettings limits, Instant now);
}
