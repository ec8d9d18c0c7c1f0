package dev.apigw.simulator.websocket;

import dev.apigw.simulator.http.HttpRequest;
import com.fasterxml.jackson.databind.JsonNode;
import dev.apigw.model.api.Authorizer;
import dev.apigw.model.api.IntegrationType;
import dev.apigw.model.project.ApiKey;
import dev.apigw.model.websocket.ConnectionLimits;
import dev.apigw.model.websocket.WebSocketApi;
import dev.apigw.model.websocket.WebSocketRoute;
import dev.apigw.simulator.auth.lambda.AuthorizerCache;
import dev.apigw.simulator.gateway.Json;
import dev.apigw.simulator.lambda.Functions;
import dev.apigw.simulator.log.AccessLogEntry;
import dev.apigw.simulator.log.AccessLogRelay;
import dev.apigw.simulator.pipeline.Deployment;
import dev.apigw.simulator.vtl.VtlEngine;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One stage of a WebSocket API, without any socket: {@link #connect} runs {@code $connect} on a handshake,
 * {@link #open} registers the accepted connection with its channel, {@link #receive} selects a route for each
 * message and runs it (sending a two-way route's answer back), {@link #closed} runs {@code $disconnect} once, and
 * {@link #sweep} closes connections past the idle timeout or the maximum duration. Each connect attempt, message
 * and disconnect is one line of the stage's access log (when it has a format). Connections live in the shared
 * {@link ConnectionRegistry}, so they survive a hot reload and the rebuilt engine serves them. Thread-safe.
 */
public final class WebSocketEngine {
    /** WebSocket close codes API Gateway uses. */
    public static final int NORMAL = 1000;
    public static final int GOING_AWAY = 1001;
    public static final int MESSAGE_TOO_BIG = 1009;
    /** API Gateway's answer to a binary frame from a client (documented: WebSocket APIs accept text frames only). */
    public static final int UNSUPPORTED_DATA = 1003;

    private final WebSocketApi api;
    private final Deployment deployment;
    private final ConnectionRegistry connections;
    private final Clock clock;
    private final RouteIntegrator integrator;
    private final ConnectAuthorizer authorizer;
    private final ConnectionsApi management;
    private final SigV4Check signatures;
    private final AccessLogRelay accessLog;
    private final boolean logged;

    public WebSocketEngine(WebSocketApi api, Deployment deployment, VtlEngine vtl, HttpClient http,
            Functions functions, AuthorizerCache authorizerCache, ConnectionRegistry connections, Clock clock,
            AccessLogRelay accessLog) {
        this.api = api;
        this.deployment = deployment;
        this.connections = connections;
        this.clock = clock;
        this.integrator = new RouteIntegrator(deployment, vtl, http, functions);
        this.authorizer = new ConnectAuthorizer(deployment, functions, authorizerCache, clock);
        this.signatures = new SigV4Check(deployment, clock);
        this.management = new ConnectionsApi(this, deployment.config().credentials(), signatures);
        this.accessLog = accessLog;
        this.logged = AccessLogEntry.formatOf(deployment.stage()).isPresent();
    }

    public WebSocketApi api() {
        return api;
    }

    public ConnectionLimits limits() {
        return api.limits();
    }

    public String stage() {
        return deployment.stage().name();
    }

    /** The {@code @connections} management API of this stage. */
    public ConnectionsApi management() {
        return management;
    }

    ConnectionRegistry connections() {
        return connections;
    }

    Instant now() {
        return clock.instant();
    }

    /** Runs {@code $connect} (API key, authorizer, integration) for a handshake; logs the attempt either way. */
    public Handshake.Result connect(Handshake handshake) {
        Instant now = clock.instant();
        String userAgent = first(handshake.headers(), "User-Agent").orElse("");
        Connection pending = new Connection(WebSocketIds.next(), stage(), now, handshake.sourceIp(), userAgent,
                handshake.headers(), handshake.query(), Map.of(), PendingChannel.INSTANCE);
        RouteRequest request = RouteRequest.connect(pending, WebSocketIds.next(), now);
        WebSocketAccess log = new WebSocketAccess(deployment, domainName(pending), request);
        Handshake.Result result = connect(handshake, request, log);
        record(log);
        return result;
    }

    private Handshake.Result connect(Handshake handshake, RouteRequest pendingRequest, WebSocketAccess log) {
        Connection pending = pendingRequest.connection();
        Optional<WebSocketRoute> route = api.route(WebSocketApi.CONNECT);
        if (route.isEmpty()) {
            return new Handshake.Accepted(pending);
        }
        RouteRequest request = pendingRequest;
        try {
            if ("AWS_IAM".equals(route.get().authorizationType()) && signatures.refusal(new HttpRequest("GET", "/",
                    handshake.headers(), handshake.query(), new byte[0], handshake.sourceIp())).isPresent()) {
                return refused(log, 403);
            }
            Connection connection = pending;
            Optional<String> authorizerKey = Optional.empty();
            if ("CUSTOM".equals(route.get().authorizationType()) && route.get().authorizer().isPresent()) {
                String name = route.get().authorizer().get();
                Authorizer a = api.authorizers().get(name);
                ConnectAuthorizer.Allowed allowed;
                try {
                    allowed = authorizer.authorize(name, a, request, domainName(pending));
                } catch (RouteFailure e) {
                    log.authorized(e.status(), message(e.status()));
                    throw e;
                }
                log.authorized(200, null);
                authorizerKey = allowed.usageIdentifierKey();
                connection = new Connection(pending.id(), stage(), pending.connectedAt(), pending.sourceIp(),
                        pending.userAgent(), handshake.headers(), handshake.query(), allowed.context(),
                        PendingChannel.INSTANCE);
                request = RouteRequest.connect(connection, request.requestId(), pending.connectedAt());
                log.request(request);
            }
            // After the authorizer, which may name the key ($context.authorizer.usageIdentifierKey).
            if (route.get().apiKeyRequired() && !validApiKey(handshake, authorizerKey)) {
                return refused(log, 403);
            }
            RouteOutcome outcome = integrate(request, route.get(), domainName(connection), log);
            if (!outcome.accepted()) {
                return new Handshake.Refused(outcome.status(), outcome.reply().orElse(""));
            }
            return new Handshake.Accepted(connection);
        } catch (RouteFailure e) {
            return refused(log, e.status());
        }
    }

    private static Handshake.Refused refused(WebSocketAccess log, int status) {
        String message = message(status);
        log.failed(status, message);
        return new Handshake.Refused(status, "{\"message\":\"" + message + "\"}");
    }

    private static String message(int status) {
        return switch (status) {
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 502 -> "Bad Gateway";
            default -> "Internal server error";
        };
    }

    /** Runs the route's integration, noting its status, latency or failure for the access log. */
    private RouteOutcome integrate(RouteRequest request, WebSocketRoute route, String domainName,
            WebSocketAccess log) {
        long start = System.nanoTime();
        try {
            RouteOutcome outcome = integrator.call(request, route, domainName);
            if (route.integration().isPresent()) {
                boolean lambda = route.integration().get().type().filter(t -> t == IntegrationType.AWS_PROXY)
                        .isPresent();
                log.integrated(lambda, (System.nanoTime() - start) / 1_000_000, outcome.status());
            }
            log.status(outcome.status());
            return outcome;
        } catch (RouteFailure e) {
            log.integrationFailed((System.nanoTime() - start) / 1_000_000, e.getMessage());
            throw e;
        }
    }

    /** Hands the event's line to the access log, when this stage has a format (else nothing is rendered). */
    private void record(WebSocketAccess log) {
        if (logged) {
            accessLog.record(log);
        }
    }

    /**
     * {@code apiKeySelectionExpression} ({@code $request.header.x-api-key} by default, or
     * {@code $context.authorizer.usageIdentifierKey}) names an enabled key of the project.
     */
    private boolean validApiKey(Handshake handshake, Optional<String> authorizerKey) {
        String expression = api.apiKeySelectionExpression().orElse("$request.header.x-api-key");
        Optional<String> value = expression.equals("$context.authorizer.usageIdentifierKey") ? authorizerKey
                : SelectionExpression.evaluate(expression, Optional.empty(), handshake.headers());
        List<ApiKey> keys = deployment.config().apiKeys();
        return value.isPresent() && keys.stream().anyMatch(k -> k.enabled() && k.value().equals(value.get()));
    }

    /** The handshake succeeded: the connection now talks through {@code channel} and is known to everyone. */
    public Connection open(Connection accepted, ClientChannel channel) {
        Connection open = accepted.withChannel(channel);
        connections.add(open);
        return open;
    }

    /** One text message from the client (binary ones go to {@link #receiveBinary}). */
    public void receive(String connectionId, String text) {
        Optional<Connection> found = connections.find(connectionId);
        if (found.isEmpty()) {
            return;
        }
        Connection c = found.get();
        Instant now = clock.instant();
        c.active(now);
        if (text.getBytes(StandardCharsets.UTF_8).length > api.limits().maxMessageBytes()) {
            disconnect(c, MESSAGE_TOO_BIG, "Message too big");
            return;
        }
        String requestId = WebSocketIds.next();
        String domainName = domainName(c);
        Optional<JsonNode> body = SelectionExpression.parse(text);
        Optional<String> key = SelectionExpression.evaluate(api.routeSelectionExpression(), body, Map.of());
        Optional<WebSocketRoute> route = key.flatMap(api::route)
                .filter(r -> !r.routeKey().equals(WebSocketApi.CONNECT)
                        && !r.routeKey().equals(WebSocketApi.DISCONNECT))
                .or(() -> api.route(WebSocketApi.DEFAULT));
        RouteRequest request = RouteRequest.message(c, route.map(WebSocketRoute::routeKey).orElse(""), text,
                WebSocketIds.next(), requestId, now);
        WebSocketAccess log = new WebSocketAccess(deployment, domainName, request);
        try {
            if (route.isEmpty()) {
                log.failed(403, "Forbidden");
                c.channel().send(errorFrame("Forbidden", c, requestId));
                return;
            }
            try {
                RouteOutcome outcome = integrate(request, route.get(), domainName, log);
                if (route.get().twoWay() && outcome.binaryReply().isPresent()) {
                    c.channel().sendBinary(outcome.binaryReply().get());
                } else if (route.get().twoWay() && outcome.reply().isPresent()) {
                    c.channel().send(outcome.reply().get());
                }
            } catch (RouteFailure e) {
                log.failed(500, "Internal server error");
                c.channel().send(errorFrame("Internal server error", c, requestId));
            } catch (RuntimeException e) {
                log.failed(500, "Internal server error");
                throw e;
            }
        } finally {
            record(log);
        }
    }

    /**
     * One binary message from the client. API Gateway WebSocket APIs do not accept binary frames: the connection is
     * closed with 1003 and {@code $disconnect} runs; no route sees the message. (Clients send binary data as base64
     * text instead, which an integration's {@code CONVERT_TO_BINARY} turns back into bytes.)
     */
    public void receiveBinary(String connectionId, byte[] data) {
        Optional<Connection> found = connections.find(connectionId);
        if (found.isEmpty()) {
            return;
        }
        Connection c = found.get();
        c.active(clock.instant());
        disconnect(c, UNSUPPORTED_DATA, "Unsupported data");
    }

    /** API Gateway's error frame: {@code {"message": "Forbidden", "connectionId":"...", "requestId":"..."}}. */
    static String errorFrame(String message, Connection c, String requestId) {
        return "{\"message\": " + Json.quote(message) + ", \"connectionId\":" + Json.quote(c.id())
                + ", \"requestId\":" + Json.quote(requestId) + "}";
    }

    /** The client or the server closed the connection: {@code $disconnect} runs (once). */
    public void closed(String connectionId, int code, String reason) {
        Optional<Connection> removed = connections.remove(connectionId);
        if (removed.isEmpty()) {
            return;
        }
        RouteRequest request = RouteRequest.disconnect(removed.get(), WebSocketIds.next(), clock.instant(), code,
                reason);
        String domainName = domainName(removed.get());
        WebSocketAccess log = new WebSocketAccess(deployment, domainName, request);
        Optional<WebSocketRoute> route = api.route(WebSocketApi.DISCONNECT);
        try {
            if (route.isPresent()) {
                integrate(request, route.get(), domainName, log);
            }
        } catch (RouteFailure e) {
            // API Gateway runs $disconnect on a best-effort basis; its failure reaches no one but the log.
            log.failed(500, "Internal server error");
        } finally {
            record(log);
        }
    }

    /** Closes the connection from the server side and runs {@code $disconnect}. */
    void disconnect(Connection c, int code, String reason) {
        try {
            c.channel().close(code, reason);
        } finally {
            closed(c.id(), code, reason);
        }
    }

    /** Closes this stage's connections idle for the idle timeout or open for the maximum duration. */
    public void sweep() {
        Instant now = clock.instant();
        Duration idle = api.limits().idleTimeout();
        Duration max = api.limits().maxDuration();
        for (Connection c : connections.all()) {
            if (!c.stage().equals(stage())) {
                continue;
            }
            boolean idleTooLong = !now.isBefore(c.lastActiveAt().plus(idle));
            boolean openTooLong = !now.isBefore(c.connectedAt().plus(max));
            if (idleTooLong || openTooLong) {
                disconnect(c, GOING_AWAY, "Going away");
            }
        }
    }

    /**
     * The host the client connected to ({@code 127.0.0.1:3000}) as {@code domainName}, so a backend that builds the
     * management endpoint from {@code domainName}/{@code stage} reaches this simulator; else the execute-api name.
     */
    private String domainName(Connection c) {
        return first(c.headers(), "Host").orElse(deployment.domainName());
    }

    private static Optional<String> first(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .flatMap(e -> e.getValue().stream()).findFirst();
    }

    /** The channel of a connection whose handshake has not completed: nothing can reach it yet. */
    private enum PendingChannel implements ClientChannel {
        INSTANCE;

        @Override
        public void send(String text) {
        }

        @Override
        public void close(int code, String reason) {
        }
    }
}
