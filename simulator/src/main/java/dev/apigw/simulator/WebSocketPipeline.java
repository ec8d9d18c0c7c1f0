package dev.apigw.simulator;

import dev.apigw.model.websocket.WebSocketApi;
import dev.apigw.simulator.pipeline.Deployment;
import dev.apigw.simulator.pipeline.Pipeline;
import dev.apigw.simulator.websocket.ConnectionsApiHandler;
import dev.apigw.simulator.websocket.WebSocketEngine;
import java.util.List;

/**
 * A WebSocket API stage: the {@link WebSocketEngine} that serves its connections, and an HTTP pipeline that serves
 * only its {@code @connections} management API.
 */
final class WebSocketPipeline {
    private WebSocketPipeline() {
    }

    static WebSocketEngine engine(Deployment deployment, SimulatorOptions options, StandardPipeline.Shared shared) {
        WebSocketApi api = deployment.config().webSocket().orElseThrow(() -> new IllegalArgumentException(
                "a WebSocket API needs the websocket section of apigw.yaml"));
        return new WebSocketEngine(api, deployment, shared.vtl(), shared.http(),
                StandardPipeline.functions(deployment, options, shared), shared.authorizerCache(), shared.connections(), options.clock(),
                shared.accessLog());
    }

    static Pipeline create(WebSocketEngine engine) {
        return new Pipeline(List.of(new ConnectionsApiHandler(engine)), new ConnectionsApiHandler.Responses());
    }
}
