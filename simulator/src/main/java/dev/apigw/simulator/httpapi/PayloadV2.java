package dev.apigw.simulator.httpapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apigw.simulator.http.HttpHeaders;
import dev.apigw.simulator.pipeline.ContextValues;
import dev.apigw.simulator.pipeline.IntegrationResult;
import dev.apigw.simulator.pipeline.Invocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The Lambda proxy payload format 2.0 of HTTP APIs: the event (header names lower-cased, repeated headers and query
 * values joined with commas, cookies in their own list, absent parts left out rather than {@code null}) and the
 * reading of the function's answer (a JSON value without {@code statusCode} is a 200 {@code application/json}
 * response whose body is that value; {@code cookies} become {@code Set-Cookie} headers).
 */
public final class PayloadV2 {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PayloadV2() {
    }

    public static byte[] event(Invocation inv) {
        ObjectNode e = JSON.createObjectNode();
        e.put("version", "2.0");
        String routeKey = inv.routeKey().orElse("$default");
        e.put("routeKey", routeKey);
        String rawPath = ContextValues.path(inv);
        e.put("rawPath", rawPath);
        e.put("rawQueryString", rawQueryString(inv.request().query()));
        Map<String, String> headers = new LinkedHashMap<>();
        List<String> cookies = new ArrayList<>();
        inv.request().headers().forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.equals("cookie")) {
                values.forEach(v -> {
                    for (String c : v.split(";")) {
                        if (!c.isBlank()) {
                            cookies.add(c.trim());
                        }
                    }
                });
            } else {
                headers.merge(lower, String.join(",", values), (a, b) -> a + "," + b);
            }
        });
        if (!cookies.isEmpty()) {
            ArrayNode c = e.putArray("cookies");
            cookies.forEach(c::add);
        }
        ObjectNode h = e.putObject("headers");
        headers.forEach(h::put);
        if (!inv.request().query().isEmpty()) {
            ObjectNode q = e.putObject("queryStringParameters");
            inv.request().query().forEach((k, vs) -> q.put(k, String.join(",", vs)));
        }
        e.set("requestContext", requestContext(inv, routeKey, rawPath));
        byte[] body = inv.request().body();
        boolean binary = body.length > 0 && !isText(HttpHeaders.first(inv.request().headers(), "Content-Type"));
        if (body.length > 0) {
            e.put("body", binary ? Base64.getEncoder().encodeToString(body)
                    : new String(body, StandardCharsets.UTF_8));
        }
        if (!inv.pathParameters().isEmpty()) {
            ObjectNode p = e.putObject("pathParameters");
            inv.pathParameters().forEach(p::put);
        }
        e.put("isBase64Encoded", binary);
        if (!inv.stageVariables().isEmpty()) {
            ObjectNode s = e.putObject("stageVariables");
            inv.stageVariables().forEach(s::put);
        }
        return e.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static ObjectNode requestContext(Invocation inv, String routeKey, String rawPath) {
        Map<String, Object> c = inv.context();
        ObjectNode rc = JSON.createObjectNode();
        rc.put("accountId", String.valueOf(c.get("accountId")));
        rc.put("apiId", inv.deployment().apiId());
        if (!inv.authorizer().isEmpty()) {
            rc.set("authorizer", JSON.valueToTree(inv.authorizer()));
        }
        rc.put("domainName", inv.deployment().domainName());
        rc.put("domainPrefix", inv.deployment().apiId());
        ObjectNode http = rc.putObject("http");
        http.put("method", inv.request().method());
        http.put("path", rawPath);
        http.put("protocol", "HTTP/1.1");
        http.put("sourceIp", inv.request().sourceIp());
        http.put("userAgent", HttpHeaders.first(inv.request().headers(), "User-Agent").orElse(""));
        rc.put("requestId", inv.extendedRequestId());
        rc.put("routeKey", routeKey);
        rc.put("stage", inv.deployment().stage().name());
        rc.put("time", String.valueOf(c.get("requestTime")));
        rc.put("timeEpoch", inv.requestTime().toEpochMilli());
        return rc;
    }

    /** Text bodies go to the function as they are; anything else base64-encoded, as HTTP APIs do. */
    static boolean isText(Optional<String> contentType) {
        if (contentType.isEmpty()) {
            return true;
        }
        String type = contentType.get().toLowerCase(Locale.ROOT);
        return type.startsWith("text/") || type.contains("json") || type.contains("xml")
                || type.contains("javascript") || type.contains("x-www-form-urlencoded") || type.contains("yaml");
    }

    static String rawQueryString(Map<String, List<String>> query) {
        StringBuilder sb = new StringBuilder();
        query.forEach((k, vs) -> vs.forEach(v -> {
            if (sb.length() > 0) {
                sb.append('&');
            }
            sb.append(encode(k)).append('=').append(encode(v));
        }));
        return sb.toString();
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The function's answer as the client's response, or what is wrong with it. */
    public static Parsed response(byte[] payload) {
        JsonNode node;
        try {
            node = JSON.readTree(payload);
        } catch (IOException e) {
            return Parsed.problem("the function's answer is not JSON");
        }
        if (node == null || node.isMissingNode()) {
            return Parsed.problem("the function returned nothing");
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        if (!node.isObject() || !node.has("statusCode")) {
            HttpHeaders.set(headers, "Content-Type", "application/json");
            return Parsed.ok(IntegrationResult.of(200, headers, payload));
        }
        JsonNode status = node.get("statusCode");
        int code;
        if (status.isInt()) {
            code = status.asInt();
        } else if (status.isTextual() && status.asText().matches("\\d{3}")) {
            code = Integer.parseInt(status.asText());
        } else {
            return Parsed.problem("statusCode " + status + " is not a number");
        }
        if (code < 100 || code > 599) {
            return Parsed.problem("statusCode " + code + " is out of range");
        }
        JsonNode h = node.path("headers");
        if (h.isObject()) {
            h.fields().forEachRemaining(f -> HttpHeaders.set(headers, f.getKey(), text(f.getValue())));
        }
        JsonNode mh = node.path("multiValueHeaders");
        if (mh.isObject()) {
            mh.fields().forEachRemaining(f -> f.getValue().forEach(v -> HttpHeaders.add(headers, f.getKey(), text(v))));
        }
        JsonNode cookies = node.path("cookies");
        if (cookies.isArray()) {
            cookies.forEach(c -> HttpHeaders.add(headers, "Set-Cookie", text(c)));
        }
        JsonNode body = node.path("body");
        byte[] bytes;
        if (body.isMissingNode() || body.isNull()) {
            bytes = new byte[0];
        } else {
            String text = body.isTextual() ? body.asText() : body.toString();
            if (node.path("isBase64Encoded").asBoolean(false)) {
                try {
                    bytes = Base64.getDecoder().decode(text);
                } catch (IllegalArgumentException e) {
                    return Parsed.problem("body is marked isBase64Encoded but is not base64");
                }
            } else {
                bytes = text.getBytes(StandardCharsets.UTF_8);
            }
        }
        return Parsed.ok(IntegrationResult.of(code, headers, bytes));
    }

    private static String text(JsonNode value) {
        return value.isTextual() ? value.asText() : value.toString();
    }

    /** Either the response or the reason the answer cannot be one. */
    public record Parsed(Optional<IntegrationResult> result, Optional<String> problem) {
        static Parsed ok(IntegrationResult result) {
            return new Parsed(Optional.of(result), Optional.empty());
        }

        static Parsed problem(String why) {
            return new Parsed(Optional.empty(), Optional.of(why));
        }
    }
}
