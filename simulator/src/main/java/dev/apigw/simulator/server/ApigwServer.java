package dev.apigw.simulator.server;

import dev.apigw.simulator.Gateway;
import dev.apigw.simulator.http.HttpResponse;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The only place that knows Javalin: every method and path goes to the {@link Gateway}; a failure while handling
 * one request answers 500 and never stops the server. {@link #close} stops accepting, lets running requests
 * finish (up to five seconds) and releases the port.
 */
public final class ApigwServer implements AutoCloseable {
    private static final List<HandlerType> METHODS = List.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT,
            HandlerType.PATCH, HandlerType.DELETE, HandlerType.HEAD, HandlerType.OPTIONS);

    private final Javalin app;

    private ApigwServer(Javalin app) {
        this.app = app;
    }

    public static ApigwServer start(Gateway gateway, ServerSettings settings) {
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = ExchangeAdapter.READ_LIMIT;
            config.http.defaultContentType = "application/json";
            config.router.ignoreTrailingSlashes = true;
            config.jetty.modifyServer(server -> server.setStopTimeout(5_000));
            for (HandlerType method : METHODS) {
                config.routes.addHttpHandler(method, "/", ctx -> handle(gateway, ctx));
                config.routes.addHttpHandler(method, "/*", ctx -> handle(gateway, ctx));
            }
        });
        app.start(settings.host(), settings.port());
        return new ApigwServer(app);
    }

    private static void handle(Gateway gateway, Context ctx) {
        HttpResponse response;
        try {
            response = gateway.handle(ExchangeAdapter.request(ctx));
        } catch (Exception | StackOverflowError e) {
            response = new HttpResponse(500, Map.of("Content-Type", List.of("application/json"),
                    "x-amzn-ErrorType", List.of("InternalServerErrorException")),
                    "{\"message\": \"Internal server error\"}".getBytes(StandardCharsets.UTF_8));
        }
        ExchangeAdapter.write(ctx, response);
    }

    /** The port it listens on (the chosen one when started with port 0). */
    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
