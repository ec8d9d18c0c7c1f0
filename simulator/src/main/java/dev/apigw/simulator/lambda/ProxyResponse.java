package dev.apigw.simulator.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apigw.simulator.http.HttpHeaders;
import dev.apigw.simulator.pipeline.IntegrationResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a Lambda proxy response the way API Gateway validates it. The answer must be a JSON object holding only
 * {@code statusCode}, {@code headers}, {@code multiValueHeaders}, {@code body} and {@code isBase64Encoded}, each
 * optional: a missing (or null) status is 200 and a missing body is empty ({@code {}} and {@code {"headers": …}}
 * alone answer 200 with an empty body on AWS); the status may be a numeric string; header values are stringified;
 * {@code multiValueHeaders} and {@code headers} of the same name (any case) merge as {@code multi, solo}, a solo
 * value already among the multi values appearing once ("If the same key-value pair is specified in both, only the
 * values from multiValueHeaders will appear in the merged list"). An unknown key, a non-numeric status, a
 * non-object {@code headers}/{@code multiValueHeaders}, a non-list multi value, a non-string body, a non-boolean
 * {@code isBase64Encoded} or an answer that is not a JSON object is malformed (502).
 */
public final class ProxyResponse {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> KEYS = Set.of("statusCode", "headers", "multiValueHeaders", "body",
            "isBase64Encoded");

    private ProxyResponse() {
    }

    /** The response, or why it is malformed. */
    public static Parsed parse(byte[] payload, boolean decodeBase64) {
        JsonNode root;
        try {
            root = JSON.readTree(payload);
        } catch (IOException e) {
            return Parsed.malformed("the response is not JSON");
        }
        if (root == null || !root.isObject()) {
            return Parsed.malformed("the response is not a JSON object");
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext();) {
            String key = it.next();
            if (!KEYS.contains(key)) {
                return Parsed.malformed("unknown key '" + key + "'");
            }
        }
        JsonNode statusNode = root.get("statusCode");
        Optional<Integer> status = statusNode == null || statusNode.isNull() ? Optional.of(200) : status(statusNode);
        if (status.isEmpty()) {
            return Parsed.malformed("statusCode must be a number");
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        JsonNode multi = root.get("multiValueHeaders");
        if (multi != null && !multi.isNull()) {
            if (!multi.isObject()) {
                return Parsed.malformed("multiValueHeaders must be an object");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = multi.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> f = it.next();
                if (!f.getValue().isArray()) {
                    return Parsed.malformed("multiValueHeaders." + f.getKey() + " must be a list");
                }
                List<String> values = new ArrayList<>();
                f.getValue().forEach(v -> values.add(text(v)));
                headers.put(f.getKey(), values);
            }
        }
        JsonNode single = root.get("headers");
        if (single != null && !single.isNull()) {
            if (!single.isObject()) {
                return Parsed.malformed("headers must be an object");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = single.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> f = it.next();
                if (f.getValue().isContainerNode()) {
                    return Parsed.malformed("headers." + f.getKey() + " must be a string");
                }
                String value = text(f.getValue());
                if (!HttpHeaders.all(headers, f.getKey()).contains(value)) {
                    HttpHeaders.add(headers, f.getKey(), value);
                }
            }
        }
        JsonNode body = root.get("body");
        if (body != null && !body.isNull() && !body.isTextual()) {
            return Parsed.malformed("body must be a string");
        }
        JsonNode base64 = root.get("isBase64Encoded");
        if (base64 != null && !base64.isNull() && !base64.isBoolean()) {
            return Parsed.malformed("isBase64Encoded must be a boolean");
        }
        byte[] bytes = body == null || body.isNull() ? new byte[0] : body.asText().getBytes(StandardCharsets.UTF_8);
        if (base64 != null && base64.asBoolean() && decodeBase64) {
            try {
                bytes = Base64.getDecoder().decode(body == null ? "" : body.asText());
            } catch (IllegalArgumentException e) {
                return Parsed.malformed("body is not valid base64");
            }
        }
        return new Parsed(Optional.of(IntegrationResult.of(status.get(), headers, bytes)), Optional.empty());
    }

    private static Optional<Integer> status(JsonNode node) {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (node.isInt()) {
            return Optional.of(node.asInt());
        }
        if (node.isTextual()) {
            try {
                return Optional.of(Integer.parseInt(node.asText().trim()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static String text(JsonNode value) {
        return value.isTextual() ? value.asText() : value.toString();
    }

    /** Either a result or the reason it is malformed. */
    public record Parsed(Optional<IntegrationResult> result, Optional<String> problem) {
        static Parsed malformed(String why) {
            return new Parsed(Optional.empty(), Optional.of(why));
        }
    }
}
