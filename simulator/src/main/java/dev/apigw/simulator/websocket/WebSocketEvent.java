package dev.apigw.simulator.websocket;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apigw.simulator.pipeline.ContextValues;
import dev.apigw.simulator.pipeline.Deployment;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What API Gateway sends a Lambda proxy integration of a WebSocket route, and the {@code $context} its templates
 * see. {@code $connect}: the handshake's headers and multi-value headers, the query string (only when there is one),
 * {@code requestContext}; messages: {@code requestContext}, {@code body}; {@code $disconnect}: the headers API
 * Gateway sends then, {@code requestContext} with the close code and reason. {@code isBase64Encoded} is false, except
 * for a message converted to binary ({@code CONVERT_TO_BINARY}), whose {@code body} is then its base64 text.
 */
public final class WebSocketEvent {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter CLF =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private WebSocketEvent() {
    }

    public static byte[] proxy(RouteRequest r, Deployment d, String domainName) {
        return proxy(r, d, domainName, java.util.Optional.empty());
    }

    /** The event; {@code base64Body}, when present, is a binary message's body (with {@code isBase64Encoded}). */
    public static byte[] proxy(RouteRequest r, Deployment d, String domainName,
            java.util.Optional<String> base64Body) {
        ObjectNode e = JSON.createObjectNode();
        Connection c = r.connection();
        switch (r.eventType()) {
            case RouteRequest.CONNECT -> {
                headers(e, c.headers());
                query(e, c.query());
            }
            case RouteRequest.DISCONNECT -> {
                Map<String, List<String>> h = new LinkedHashMap<>();
                h.put("Host", List.of(domainName));
                h.put("x-api-key", List.of(""));
                h.put("X-Forwarded-For", List.of(""));
                h.put("x-restapi", List.of(""));
                headers(e, h);
            }
            default -> {
            }
        }
        e.set("requestContext", JSON.valueToTree(requestContext(r, d, domainName)));
        if (RouteRequest.MESSAGE.equals(r.eventType())) {
            e.put("body", base64Body.orElse(r.body().orElse("")));
        }
        e.put("isBase64Encoded", base64Body.isPresent());
        return e.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * {@code requestContext} of the proxy event, in the order API Gateway writes it. {@code $connect} and
     * {@code $disconnect} events carry {@code disconnectStatusCode} and {@code disconnectReason} (null on connect)
     * and, on connect, the whole {@code identity} block with its unset fields null, as in AWS's published events.
     */
    public static Map<String, Object> requestContext(RouteRequest r, Deployment d, String domainName) {
        Connection c = r.connection();
        boolean message = RouteRequest.MESSAGE.equals(r.eventType());
        boolean disconnect = RouteRequest.DISCONNECT.equals(r.eventType());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("routeKey", r.routeKey());
        if (!message) {
            m.put("disconnectStatusCode", disconnect ? r.disconnectStatusCode() : null);
        }
        m.put("messageId", r.messageId().orElse(null));
        m.put("eventType", r.eventType());
        m.put("extendedRequestId", r.requestId());
        m.put("requestTime", CLF.format(r.requestTime()));
        m.put("messageDirection", "IN");
        if (!message) {
            m.put("disconnectReason", disconnect ? r.disconnectReason() : null);
        }
        m.put("stage", d.stage().name());
        m.put("connectedAt", c.connectedAt().toEpochMilli());
        m.put("requestTimeEpoch", r.requestTime().toEpochMilli());
        m.put("identity", RouteRequest.CONNECT.equals(r.eventType()) ? fullIdentity(c) : identity(c));
        m.put("requestId", r.requestId());
        m.put("domainName", domainName);
        m.put("connectionId", c.id());
        m.put("apiId", d.apiId());
        if (!c.authorizer().isEmpty()) {
            m.put("authorizer", c.authorizer());
        }
        return m;
    }

    /** {@code $context} for request and response templates. */
    public static Map<String, Object> templateContext(RouteRequest r, Deployment d, String domainName) {
        Map<String, Object> m = new LinkedHashMap<>(requestContext(r, d, domainName));
        m.put("accountId", ContextValues.ACCOUNT_ID);
        m.put("authorizer", r.connection().authorizer());
        return m;
    }

    private static Map<String, Object> fullIdentity(Connection c) {
        Map<String, Object> id = new LinkedHashMap<>();
        for (String k : List.of("cognitoIdentityPoolId", "cognitoIdentityId", "principalOrgId",
                "cognitoAuthenticationType", "userArn", "userAgent", "accountId", "caller", "sourceIp", "accessKey",
                "cognitoAuthenticationProvider", "user")) {
            id.put(k, null);
        }
        id.put("userAgent", c.userAgent().isEmpty() ? null : c.userAgent());
        id.put("sourceIp", c.sourceIp());
        return id;
    }

    private static Map<String, Object> identity(Connection c) {
        Map<String, Object> id = new LinkedHashMap<>();
        id.put("sourceIp", c.sourceIp());
        id.put("userAgent", c.userAgent().isEmpty() ? null : c.userAgent());
        return id;
    }

    private static void headers(ObjectNode e, Map<String, List<String>> headers) {
        ObjectNode single = e.putObject("headers");
        ObjectNode multi = e.putObject("multiValueHeaders");
        headers.forEach((k, v) -> {
            if (!v.isEmpty()) {
                single.put(k, v.get(v.size() - 1));
                v.forEach(multi.putArray(k)::add);
            }
        });
    }

    private static void query(ObjectNode e, Map<String, List<String>> query) {
        if (query.isEmpty()) {
            return;
        }
        ObjectNode single = e.putObject("queryStringParameters");
        ObjectNode multi = e.putObject("multiValueQueryStringParameters");
        query.forEach((k, v) -> {
            if (!v.isEmpty()) {
                single.put(k, v.get(v.size() - 1));
                v.forEach(multi.putArray(k)::add);
            }
        });
    }
}
