package dev.apigw.simulator.auth.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apigw.simulator.httpapi.PayloadV2;
import dev.apigw.simulator.lambda.ProxyEvent;
import dev.apigw.simulator.mapping.BinaryMediaTypes;
import dev.apigw.simulator.pipeline.Invocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The event API Gateway sends a Lambda authorizer. TOKEN: {@code type}, {@code authorizationToken},
 * {@code methodArn}. REQUEST: {@code type}, {@code methodArn}, then the proxy event's request parts (resource, path,
 * method, headers, query string, path parameters, stage variables, request context) without the body. An HTTP
 * API's authorizer in payload format 2.0 ({@link #httpApi}): {@code version}, {@code type}, {@code routeArn},
 * {@code identitySource}, then the route's 2.0 event without {@code body} and {@code isBase64Encoded}. Public so
 * that {@code apigw generate-event} builds the same events the authorizers send.
 */
public final class AuthorizerEvent {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final BinaryMediaTypes NO_BINARY = new BinaryMediaTypes(List.of());
    private static final List<String> REQUEST_PARTS = List.of("resource", "path", "httpMethod", "headers",
            "multiValueHeaders", "queryStringParameters", "multiValueQueryStringParameters", "pathParameters",
            "stageVariables", "requestContext");

    private AuthorizerEvent() {
    }

    public static byte[] token(String token, String methodArn) {
        ObjectNode e = JSON.createObjectNode();
        e.put("type", "TOKEN");
        e.put("authorizationToken", token);
        e.put("methodArn", methodArn);
        return bytes(e);
    }

    public static byte[] request(Invocation inv, String methodArn) {
        JsonNode proxy;
        try {
            proxy = JSON.readTree(ProxyEvent.build(inv, NO_BINARY));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ObjectNode e = JSON.createObjectNode();
        e.put("type", "REQUEST");
        e.put("methodArn", methodArn);
        REQUEST_PARTS.forEach(k -> e.set(k, proxy.get(k)));
        return bytes(e);
    }

    /** The HTTP API Lambda authorizer event, payload format 2.0; {@code identity}: the identity sources' values. */
    public static byte[] httpApi(Invocation inv, String routeArn, List<String> identity) {
        ObjectNode request = PayloadV2.eventNode(inv);
        request.remove("body");
        request.remove("isBase64Encoded");
        ObjectNode event = JSON.createObjectNode();
        event.put("version", "2.0");
        event.put("type", "REQUEST");
        event.put("routeArn", routeArn);
        ArrayNode sources = event.putArray("identitySource");
        identity.forEach(sources::add);
        request.fields().forEachRemaining(f -> {
            if (!f.getKey().equals("version")) {
                event.set(f.getKey(), f.getValue());
            }
        });
        return bytes(event);
    }

    private static byte[] bytes(JsonNode node) {
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }
}
