package dev.apigw.simulator.auth.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * method, headers, query string, path parameters, stage variables, request context) without the body.
 */
final class AuthorizerEvent {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final BinaryMediaTypes NO_BINARY = new BinaryMediaTypes(List.of());
    private static final List<String> REQUEST_PARTS = List.of("resource", "path", "httpMethod", "headers",
            "multiValueHeaders", "queryStringParameters", "multiValueQueryStringParameters", "pathParameters",
            "stageVariables", "requestContext");

    private AuthorizerEvent() {
    }

    static byte[] token(String token, String methodArn) {
        ObjectNode e = JSON.createObjectNode();
        e.put("type", "TOKEN");
        e.put("authorizationToken", token);
        e.put("methodArn", methodArn);
        return bytes(e);
    }

    static byte[] request(Invocation inv, String methodArn) {
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

    private static byte[] bytes(JsonNode node) {
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }
}
