package dev.apigw.simulator.auth.lambda;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Lambda authorizer results kept for their TTL, keyed by authorizer and identity source values. Shared by every
 * stage and kept across hot reloads; an interface so a store shared by several simulators can back it. Time is
 * passed in, so the caller's (injectable) clock decides expiry.
 */
public interface AuthorizerCache {
    Optional<AuthorizerResult> get(String key, Instant now);

    void put(String key, AuthorizerResult result, Instant now, Duration ttl);
}
