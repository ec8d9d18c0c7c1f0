package dev.apigw.simulator.events;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The events API Gateway sends a Lambda function, by the names {@code apigw generate-event} takes (those of
 * {@code sam local generate-event apigateway} where SAM has one). Each is built by the code the simulator uses at
 * run time, through {@link SampleEvents}.
 */
public enum EventType {
    APIGATEWAY_AWS_PROXY("apigateway-aws-proxy", "REST API Lambda proxy integration (payload format 1.0)",
            SampleEvents::restProxy),
    HTTP_API_PROXY("http-api-proxy", "HTTP API Lambda proxy integration, payload format 2.0",
            SampleEvents::httpApiProxy),
    HTTP_API_PROXY_V1("http-api-proxy-v1", "HTTP API Lambda proxy integration, payload format 1.0",
            SampleEvents::httpApiProxyV1),
    AUTHORIZER_TOKEN("authorizer-token", "REST API Lambda authorizer of type TOKEN",
            SampleEvents::tokenAuthorizer),
    AUTHORIZER_REQUEST("authorizer-request", "REST API Lambda authorizer of type REQUEST",
            SampleEvents::requestAuthorizer),
    HTTP_API_AUTHORIZER("http-api-authorizer", "HTTP API Lambda authorizer, payload format 2.0",
            SampleEvents::httpApiAuthorizer),
    WEBSOCKET_CONNECT("websocket-connect", "WebSocket API $connect route, Lambda proxy integration",
            SampleEvents::webSocketConnect),
    WEBSOCKET_MESSAGE("websocket-message", "WebSocket API message to a route, Lambda proxy integration",
            SampleEvents::webSocketMessage),
    WEBSOCKET_DISCONNECT("websocket-disconnect", "WebSocket API $disconnect route, Lambda proxy integration",
            SampleEvents::webSocketDisconnect);

    private final String id;
    private final String summary;
    private final Function<EventInput, byte[]> builder;

    EventType(String id, String summary, Function<EventInput, byte[]> builder) {
        this.id = id;
        this.summary = summary;
        this.builder = builder;
    }

    /** The name users type, e.g. {@code http-api-proxy}. */
    public String id() {
        return id;
    }

    /** One line saying what sends it. */
    public String summary() {
        return summary;
    }

    /**
     * The event as compact JSON bytes.
     *
     * @throws IllegalArgumentException when the input cannot make this event (a path that does not match the
     *     resource, say)
     */
    public byte[] build(EventInput input) {
        return builder.apply(input);
    }

    public static Optional<EventType> byId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(EventType::id).toList();
    }

    @Override
    public String toString() {
        return id;
    }
}
