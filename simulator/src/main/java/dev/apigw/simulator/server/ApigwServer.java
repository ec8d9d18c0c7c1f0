package dev.apigw.simulator.server;

import dev.apigw.simulator.Gateway;
import dev.apigw.simulator.Simulator;
import dev.apigw.simulator.http.HttpRequest;
import dev.apigw.simulator.http.HttpResponse;
import dev.apigw.simulator.log.AccessLog;
import dev.apigw.simulator.log.ExecutionLog;
import dev.apigw.simulator.pipeline.Invocation;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.handler.GracefulHandler;

/**
 * The only place that knows Javalin: every method and path goes to the {@link Gateway}; a failure while handling
 * one request answers 500 and never stops the server. Each finished request is written to the access log, and to
 * the execution log as much as its stage's logging settings ask for (by default, one line for a failed request).
 * {@link #close} stops accepting connections, lets running requests finish and releases the port.
 */
public final class ApigwServer implements AutoCloseable {
    /**
     * How long {@link #close} waits for running requests: just over API Gateway's longest integration timeout
     * (29 s), so any request the pipeline can still answer gets its answer.
     */
    static final long STOP_TIMEOUT_MILLIS = 30_000;

    /** Jetty's limit for the request line and headers: AWS's 10,240 bytes of values, plus room for the names. */
    static final int REQUEST_HEADER_BYTES = 16 * 1024;

    private static final List<HandlerType> METHODS = List.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT,
            HandlerType.PATCH, HandlerType.DELETE, HandlerType.HEAD, HandlerType.OPTIONS);

    private final Javalin app;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Optional<WebSocketEndpoint> webSockets;

    private ApigwServer(Javalin app, Optional<WebSocketEndpoint> webSockets) {
        this.app = app;
        this.webSockets = webSockets;
    }

    public static ApigwServer start(Gateway gateway, ServerSettings settings) {
        return start(gateway, settings, AccessLog.none());
    }

    public static ApigwServer start(Gateway gateway, ServerSettings settings, AccessLog accessLog) {
        return start(gateway, settings, accessLog, ExecutionLog.none());
    }

    /** Also prints each request's execution log lines, as its stage's {@code logging} settings ask for. */
    public static ApigwServer start(Gateway gateway, ServerSettings settings, AccessLog accessLog,
            ExecutionLog executionLog) {
        Logs logs = new Logs(accessLog, executionLog);
        java.util.concurrent.atomic.AtomicReference<Optional<WebSocketEndpoint>> webSockets =
                new java.util.concurrent.atomic.AtomicReference<>(Optional.empty());
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = ExchangeAdapter.READ_LIMIT;
            config.http.defaultContentType = "application/json";
            config.router.ignoreTrailingSlashes = true;
            // API Gateway compresses only when the API sets a minimum compression size; Javalin would gzip any
            // large response a client accepts gzip for.
            config.http.compressionStrategy = CompressionStrategy.NONE;
            // API Gateway accepts a request line and header values of up to 10,240 bytes; Jetty's default
            // (8 KB, names included) would refuse requests AWS serves.
            config.jetty.modifyHttpConfiguration(http -> {
                http.setRequestHeaderSize(REQUEST_HEADER_BYTES);
                // API Gateway passes a path on as the client encoded it (a path parameter stays %ff): Jetty's
                // default would answer a path with bad UTF-8 or %00 with its own HTML 400 before the gateway saw it.
                http.setUriCompliance(UriCompliance.UNSAFE);
            });
            // API Gateway answers a request asking to upgrade to h2c over HTTP/1.1; Jetty would refuse some with 400.
            config.jetty.addConnector((server, http) -> {
                org.eclipse.jetty.server.ServerConnector connector =
                        new org.eclipse.jetty.server.ServerConnector(server, new Http11Only(http));
                connector.setHost(settings.host());
                connector.setPort(settings.port());
                return connector;
            });
            config.jetty.modifyServer(server -> {
                // Stop waits for the requests the graceful handler tracks, up to the stop timeout.
                server.insertHandler(new GracefulHandler());
                server.setStopTimeout(STOP_TIMEOUT_MILLIS);
            });
            // WebSocket APIs: upgrade requests to /<stage>; plain HTTP requests still reach the routes below.
            webSockets.set(WebSocketEndpoint.install(gateway, config, accessLog));
            // Javalin tries every route's regex in turn until one matches: the catch-all goes first, so an API
            // request costs one match, and the simulator's own endpoints are told apart inside it.
            for (HandlerType method : METHODS) {
                config.routes.addHttpHandler(method, "/*", ctx -> dispatch(gateway, logs, ctx));
                config.routes.addHttpHandler(method, "/", ctx -> handle(gateway, logs, ctx));
            }
        });
        app.start(settings.host(), settings.port());
        return new ApigwServer(app, webSockets.get());
    }

    private static void dispatch(Gateway gateway, Logs logs, Context ctx) throws IOException {
        if (ctx.method() == HandlerType.GET) {
            String path = withoutTrailingSlash(ctx.req().getRequestURI());
            if (path.equals(UsageEndpoint.PATH)) {
                UsageEndpoint.handle(gateway, ctx);
                return;
            }
            if (path.equals(MetricsEndpoint.PATH)) {
                ctx.contentType("application/json").result(MetricsEndpoint.json(gateway));
                return;
            }
        }
        handle(gateway, logs, ctx);
    }

    private static String withoutTrailingSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static void handle(Gateway gateway, Logs logs, Context ctx) {
        HttpResponse response;
        HttpRequest request = null;
        Optional<Invocation> invocation = Optional.empty();
        Throwable crash = null;
        try {
            request = ExchangeAdapter.request(ctx);
            // Each request keeps only as much of its execution log as will be printed. At the default level ERROR
            // it keeps only the lines a step logs as it fails (Invocation.logError), so a successful request keeps,
            // allocates and formats nothing more than before. Keeping every line and formatting only failures
            // would cost each success its entries; running a failed request again traced would call its function
            // twice and count it twice against throttles and quotas.
            invocation = gateway.execute(request, logs.execution());
            response = invocation.map(i -> i.response().orElseThrow()).orElseGet(Simulator::forbidden);
            invocation.ifPresent(logs.access()::record);
        } catch (Exception | StackOverflowError e) {
            crash = e;
            response = new HttpResponse(500, Map.of("Content-Type", List.of("application/json"),
                    "x-amzn-ErrorType", List.of("InternalServerErrorException")),
                    "{\"message\": \"Internal server error\"}".getBytes(StandardCharsets.UTF_8));
        }
        try {
            ExchangeAdapter.write(ctx, response);
        } catch (IOException e) {
            // The client went away while the answer was being written: nothing left to tell it.
        }
        // After the answer is on its way: the client does not wait for a failed request's lines.
        if (crash != null) {
            logs.execution().crashed(ctx.method().name(), ctx.req().getRequestURI(), crash);
        } else if (invocation.isPresent()) {
            logs.execution().record(invocation.get());
        } else if (response.status() >= 400) {
            logs.execution().unrouted(request, response, gateway.executionLogSettings());
        }
    }

    /** Where finished requests are written. */
    private record Logs(AccessLog access, ExecutionLog execution) {
    }

    /** The port it listens on (the chosen one when started with port 0). */
    public int port() {
        return app.port();
    }

    /** Stops accepting connections, waits for running requests (up to 30 s), then releases the port. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            webSockets.ifPresent(WebSocketEndpoint::close);
            app.stop();
        }
    }
}
