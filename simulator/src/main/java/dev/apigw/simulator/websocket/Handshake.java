package dev.apigw.simulator.websocket;

import java.util.List;
import java.util.Map;

/**
 * The upgrade request of a new connection, before the socket exists: its headers, query string and source IP.
 */
public record Handshake(Map<String, List<String>> headers, Map<String, List<String>> query, String sourceIp) {
    public Handshake {
        headers = headers == null ? Map.of() : headers;
        query = query == null ? Map.of() : query;
        sourceIp = sourceIp == null ? "127.0.0.1" : sourceIp;
    }

    /** What {@code $connect} decided: accept (open the socket, then {@link WebSocketEngine#open}) or refuse. */
    public sealed interface Result permits Accepted, Refused {
    }

    /** The connection to open; not yet registered, so {@code @connections} answers 410 for it until it is. */
    public record Accepted(Connection connection) implements Result {
    }

    /** The handshake is answered with this status and body instead of 101. */
    public record Refused(int status, String body) implements Result {
    }
}
