package dev.apigw.simulator.lambda;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apigw.simulator.http.FrontDoor;
import dev.apigw.simulator.http.HttpHeaders;
import dev.apigw.simulator.mapping.BinaryMediaTypes;
import dev.apigw.simulator.pipeline.Invocation;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The Lambda proxy event, payload format 1.0, exactly as API Gateway builds it for a REST API: absent maps and
 * body are {@code null}, the path and path parameters are not URL-decoded, header names keep their case, and the
 * single-value maps hold the last value. The hop-by-hop and framing headers API Gateway drops ({@link FrontDoor})
 * are in neither {@code headers} nor {@code multiValueHeaders}; the {@code X-Forwarded-*} headers the front door
 * adds are. {@code requestContext} holds every field AWS documents for it, {@code deploymentId} included. An HTTP
 * API's payload format 1.0 is the same event with {@code version} {@code "1.0"} in front ({@link #httpApi}), and no
 * {@code deploymentId}.
 */
public final class ProxyEvent {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** HTTP APIs have no binary media types: a 1.0 event's body is always text. */
    private static final BinaryMediaTypes EVERYTHING_TEXT = new BinaryMediaTypes(List.of());

    private ProxyEvent() {
    }

    public static byte[] build(Invocation inv, BinaryMediaTypes binary) {
        return node(inv, binary).toString().getBytes(StandardCharsets.UTF_8);
    }

    /** An HTTP API route's event in payload format 1.0: {@code "version": "1.0"}, then the REST event's fields. */
    public static byte[] httpApi(Invocation inv) {
        ObjectNode e = JSON.createObjectNode();
        e.put("version", "1.0");
        e.setAll(node(inv, EVERYTHING_TEXT));
        return e.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static ObjectNode node(Invocation inv, BinaryMediaTypes binary) {
        ObjectNode e = JSON.createObjectNode();
        e.put("resource", inv.resource().orElseThrow().path());
        e.put("path", inv.request().path());
        e.put("httpMethod", inv.request().method());
        Map<String, List<String>> headers = inv.request().headers();
        singleAndMulti(e, "headers", "multiValueHeaders", FrontDoor.withoutDropped(headers));
        singleAndMulti(e, "queryStringParameters", "multiValueQueryStringParameters", inv.request().query());
        stringMap(e, "pathParameters", inv.pathParameters());
        stringMap(e, "stageVariables", inv.stageVariables());
        e.set("requestContext", JSON.valueToTree(requestContext(inv)));
        byte[] body = inv.request().body();
        boolean isBinary = binary.isBinary(HttpHeaders.first(headers, "Content-Type"));
        if (body.length == 0) {
            e.putNull("body");
        } else if (isBinary) {
            e.put("body", Base64.getEncoder().encodeToString(body));
        } else {
            e.put("body", new String(body, StandardCharsets.UTF_8));
        }
        e.put("isBase64Encoded", isBinary && body.length > 0);
        return e;
    }

    private static Map<String, Object> requestContext(Invocation inv) {
        Map<String, Object> c = inv.context();
        Map<String, Object> rc = new java.util.LinkedHashMap<>();
        for (String key : List.of("resourceId", "resourcePath", "httpMethod", "extendedRequestId", "requestTime",
                "path", "accountId", "protocol", "stage", "domainPrefix", "requestTimeEpoch", "requestId",
                "identity", "domainName", "deploymentId", "apiId")) {
            if (c.containsKey(key)) {
                rc.put(key, c.get(key));
            }
        }
        if (c.get("authorizer") instanceof Map<?, ?> authorizer && !authorizer.isEmpty()) {
            rc.put("authorizer", authorizer);
        }
        return rc;
    }

    private static void singleAndMulti(ObjectNode e, String single, String multi, Map<String, List<String>> values) {
        if (values.isEmpty()) {
            e.putNull(single);
            e.putNull(multi);
            return;
        }
        ObjectNode s = e.putObject(single);
        ObjectNode m = e.putObject(multi);
        values.forEach((k, vs) -> {
            if (!vs.isEmpty()) {
                s.put(k, vs.get(vs.size() - 1));
            }
            ArrayNode a = m.putArray(k);
            vs.forEach(a::add);
        });
    }

    private static void stringMap(ObjectNode e, String name, Map<String, String> values) {
        if (values.isEmpty()) {
            e.putNull(name);
        } else {
            ObjectNode o = e.putObject(name);
            values.forEach(o::put);
        }
    }
}
