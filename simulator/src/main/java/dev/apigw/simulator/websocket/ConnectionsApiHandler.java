package dev.apigw.simulator.websocket;

import dev.apigw.simulator.gateway.GatewayResponseException;
import dev.apigw.simulator.http.HttpResponse;
import dev.apigw.simulator.pipeline.ApiResponses;
import dev.apigw.simulator.pipeline.Handler;
import dev.apigw.simulator.pipeline.Invocation;
import dev.apigw.simulator.pipeline.Outcome;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The only HTTP step of a WebSocket API stage: plain HTTP requests to it are {@code @connections} calls. The answers
 * are the management API's own (no gateway responses, no added headers).
 */
public final class ConnectionsApiHandler implements Handler {
    private final WebSocketEngine engine;

    public ConnectionsApiHandler(WebSocketEngine engine) {
        this.engine = engine;
    }

    @Override
    public Outcome handle(Invocation inv) {
        inv.log("connections", inv.request().method() + " " + inv.request().path());
        inv.response(engine.management().handle(inv.request()));
        return Outcome.RESPOND;
    }

    /** Errors raised while handling one are the management API's 500. */
    public static final class Responses implements ApiResponses {
        @Override
        public HttpResponse error(Invocation invocation, GatewayResponseException failure) {
            return new HttpResponse(500, Map.of("Content-Type", List.of("application/json"),
                    "x-amzn-ErrorType", List.of("InternalServerErrorException")),
                    "{\"message\":\"Internal server error\"}".getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public HttpResponse finish(Invocation invocation, HttpResponse response) {
            return response;
        }
    }
}
