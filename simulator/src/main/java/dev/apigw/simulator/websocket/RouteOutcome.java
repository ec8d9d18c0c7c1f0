package dev.apigw.simulator.websocket;

import java.util.Optional;

/**
 * What a route's integration answered: its status ({@code $connect} refuses the handshake when it is not 2xx) and,
 * after the integration response's template, what a two-way route sends back to the client: {@link #reply()} as a
 * text frame, or {@link #binaryReply()} (an integration response with {@code CONVERT_TO_BINARY}, or bytes that are
 * not UTF-8 text) as a binary frame.
 */
public record RouteOutcome(int status, Optional<String> reply, Optional<byte[]> binaryReply) {
    public RouteOutcome(int status, Optional<String> reply) {
        this(status, reply, Optional.empty());
    }

    public boolean accepted() {
        return status >= 200 && status < 300;
    }

    /** Whether there is anything to send back. */
    public boolean hasReply() {
        return reply.isPresent() || binaryReply.isPresent();
    }
}
