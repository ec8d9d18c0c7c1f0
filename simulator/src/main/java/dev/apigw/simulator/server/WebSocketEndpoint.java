package dev.apigw.simulator.server;

import dev.apigw.simulator.Gateway;
import dev.apigw.simulator.http.HttpRequest;
import dev.apigw.simulator.log.AccessLog;
import dev.apigw.simulator.websocket.ClientChannel;
import dev.apigw.simulator.websocket.Connection;
import dev.apigw.simulator.websocket.Handshake;
import dev.apigw.simulator.websocket.WebSocketEngine;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.websocket.WsBinaryMessageContext;
import io.javalin.websocket.WsConfig;
import io.javalin.websocket.WsContext;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Serves a WebSocket API's connections on the same port as HTTP: the upgrade request to {@code /<stage>} runs
 * {@code $connect} before the handshake completes (a refusal answers the upgrade with that status and no socket),
 * then each text message goes to the stage's current {@link WebSocketEngine} (a binary one closes the connection with
 * 1003, as on AWS) (so a hot reload applies to open
 * connections) and a close runs {@code $disconnect}. Frame and message sizes are Jetty's limits set to AWS's; the
 * idle timeout and maximum duration are enforced by the engine's sweep, run every second.
 */
final class WebSocketEndpoint implements AutoCloseable {
    private static final String PATH_KEY = "apigw.ws.path";
    private static final String ACCEPTED_KEY = "apigw.ws.accepted";

    private final Gateway gateway;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final ScheduledExecutorService sweeper;

    private WebSocketEndpoint(Gateway gateway) {
        this.gateway = gateway;
        this.sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "apigw-ws-limits");
            t.setDaemon(true);
            return t;
        });
        sweeper.scheduleWithFixedDelay(this::sweep, 1, 1, TimeUnit.SECONDS);
    }

    /**
     * Adds the WebSocket routes to the server's configuration when the gateway serves a WebSocket API; their
     * connect, message and disconnect lines go to the server's access log.
     */
    static Optional<WebSocketEndpoint> install(Gateway gateway, JavalinConfig config, AccessLog accessLog) {
        if (!gateway.servesWebSockets()) {
            return Optional.empty();
        }
        gateway.attachAccessLog(accessLog);
        WebSocketEndpoint endpoint = new WebSocketEndpoint(gateway);
        config.jetty.modifyWebSocketServletFactory(factory -> {
            // AWS's fixed sizes: a bigger frame or message closes the connection with 1009.
            factory.setMaxFrameSize(32 * 1024);
            factory.setAutoFragment(false); // else Jetty splits a big frame instead of refusing it
            factory.setMaxTextMessageSize(128 * 1024);
            factory.setMaxBinaryMessageSize(128 * 1024);
            // The engine enforces the API's idle timeout; Jetty's own (30 s by default) must not cut in first.
            factory.setIdleTimeout(Duration.ofHours(3));
        });
        config.routes.exception(Refused.class, (e, ctx) -> {
            ctx.status(e.status);
            ctx.contentType("application/json");
            ctx.result(e.body);
        });
        for (String path : new String[] {"/", "/*"}) {
            config.routes.wsBeforeUpgrade(path, endpoint::beforeUpgrade);
            config.routes.ws(path, endpoint::configure);
        }
        return Optional.of(endpoint);
    }

    /** Runs {@code $connect}; throwing {@link Refused} makes Javalin answer the upgrade request instead. */
    private void beforeUpgrade(Context ctx) throws Exception {
        String path = ctx.path();
        Optional<WebSocketEngine> engine = gateway.webSocket(path);
        if (engine.isEmpty()) {
            throw new Refused(403, "{\"message\":\"Forbidden\"}");
        }
        HttpRequest request = ExchangeAdapter.request(ctx);
        Handshake.Result result = engine.get().connect(new Handshake(request.headers(), request.query(),
                request.sourceIp()));
        if (result instanceof Handshake.Refused refused) {
            throw new Refused(refused.status(), refused.body());
        }
        ctx.attribute(PATH_KEY, path);
        ctx.attribute(ACCEPTED_KEY, ((Handshake.Accepted) result).connection());
    }

    private void configure(WsConfig ws) {
        ws.onConnect(ctx -> {
            String path = ctx.attribute(PATH_KEY);
            Connection accepted = ctx.attribute(ACCEPTED_KEY);
            Optional<WebSocketEngine> engine = path == null ? Optional.empty() : gateway.webSocket(path);
            if (accepted == null || engine.isEmpty()) {
                ctx.closeSession(1011, "Internal server error");
                return;
            }
            Connection open = engine.get().open(accepted, new Channel(ctx));
            sessions.put(ctx.sessionId(), new Session(path, open.id()));
        });
        ws.onMessage(ctx -> receive(ctx, ctx.message()));
        ws.onBinaryMessage(this::receiveBinary);
        ws.onClose(ctx -> {
            Session s = sessions.remove(ctx.sessionId());
            if (s != null) {
                gateway.webSocket(s.path()).ifPresent(e -> e.closed(s.connectionId(), ctx.status(),
                        ctx.reason() == null ? "" : ctx.reason()));
            }
        });
        ws.onError(ctx -> {
            // Jetty closes the session after an error; onClose runs $disconnect.
        });
    }

    private void receive(WsContext ctx, String text) {
        Session s = sessions.get(ctx.sessionId());
        if (s == null) {
            return;
        }
        try {
            gateway.webSocket(s.path()).ifPresent(e -> e.receive(s.connectionId(), text));
        } catch (RuntimeException e) {
            // One failing message must not take the connection down; the engine already answered what it could.
        }
    }

    /** A binary frame: API Gateway closes the connection with 1003 (the engine does, and runs $disconnect). */
    private void receiveBinary(WsBinaryMessageContext ctx) {
        Session s = sessions.get(ctx.sessionId());
        if (s == null) {
            return;
        }
        ByteBuffer buffer = ctx.data();
        byte[] data = new byte[buffer.remaining()];
        buffer.get(data);
        try {
            gateway.webSocket(s.path()).ifPresent(e -> e.receiveBinary(s.connectionId(), data));
        } catch (RuntimeException e) {
            // the engine closes the connection; nothing else to answer
        }
    }

    private void sweep() {
        try {
            gateway.sweepConnections();
        } catch (RuntimeException e) {
            // try again at the next tick
        }
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
    }

    private record Session(String path, String connectionId) {
    }

    /** The socket as the engine's channel; sends are serialised, a closed socket ignores them. */
    private static final class Channel implements ClientChannel {
        private final WsContext ctx;

        Channel(WsContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public synchronized void send(String text) {
            try {
                if (ctx.session.isOpen()) {
                    ctx.send(text);
                }
            } catch (RuntimeException e) {
                // the client went away meanwhile; its close runs $disconnect
            }
        }

        @Override
        public synchronized void sendBinary(byte[] data) {
            try {
                if (ctx.session.isOpen()) {
                    ctx.send(ByteBuffer.wrap(data));
                }
            } catch (RuntimeException e) {
                // the client went away meanwhile; its close runs $disconnect
            }
        }

        @Override
        public void close(int code, String reason) {
            try {
                ctx.closeSession(code, reason);
            } catch (RuntimeException e) {
                // already closed
            }
        }
    }

    /** A {@code $connect} refusal, answered as the upgrade request's response. */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int status;
        private final String body;

        Refused(int status, String body) {
            super(null, null, false, false);
            this.status = status;
            this.body = body;
        }
    }
}
