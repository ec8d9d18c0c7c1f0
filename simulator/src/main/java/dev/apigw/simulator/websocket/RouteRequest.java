package dev.apigw.simulator.websocket;

import java.time.Instant;
import java.util.Optional;

/**
 * One run of a route: the connection, the route key selected, the event type ({@code CONNECT}, {@code MESSAGE},
 * {@code DISCONNECT}), the message body (empty for connect/disconnect), its ids and time, and for a disconnect the
 * close code and reason.
 */
public record RouteRequest(Connection connection, String routeKey, String eventType, Optional<String> body,
        Optional<String> messageId, String requestId, Instant requestTime, int disconnectStatusCode,
        String disconnectReason) {

    public static final String CONNECT = "CONNECT";
    public static final String MESSAGE = "MESSAGE";
    public static final String DISCONNECT = "DISCONNECT";

    public static RouteRequest connect(Connection c, String requestId, Instant at) {
        return new RouteRequest(c, dev.apigw.model.websocket.WebSocketApi.CONNECT, CONNECT, Optional.empty(),
                Optional.empty(), requestId, at, -1, "");
    }

    public static RouteRequest message(Connection c, String routeKey, String body, String messageId,
            String requestId, Instant at) {
        return new RouteRequest(c, routeKey, MESSAGE, Optional.of(body), Optional.of(messageId), requestId, at, -1,
                "");
    }

    public static RouteRequest disconnect(Connection c, String requestId, Instant at, int code, String reason) {
        return new RouteRequest(c, dev.apigw.model.websocket.WebSocketApi.DISCONNECT, DISCONNECT, Optional.empty(),
                Optional.empty(), requestId, at, code, reason == null ? "" : reason);
    }
}
