package dev.apigw.model.websocket;

import java.time.Duration;

/**
 * How long a connection may stay idle and open, and how big a message and a frame may be. AWS's values are fixed
 * (10 min idle, 2 h, 128 KB message, 32 KB frame); the times can be shortened locally to try what clients do when
 * API Gateway closes on them.
 */
public record ConnectionLimits(Duration idleTimeout, Duration maxDuration, int maxMessageBytes, int maxFrameBytes) {
    public static final ConnectionLimits AWS = new ConnectionLimits(Duration.ofMinutes(10), Duration.ofHours(2),
            128 * 1024, 32 * 1024);

    public ConnectionLimits {
        if (idleTimeout == null || idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("idleTimeout must be positive");
        }
        if (maxDuration == null || maxDuration.isNegative() || maxDuration.isZero()) {
            throw new IllegalArgumentException("maxDuration must be positive");
        }
    }

    public ConnectionLimits withTimes(Duration idle, Duration max) {
        return new ConnectionLimits(idle, max, maxMessageBytes, maxFrameBytes);
    }
}
