package dev.apigw.simulator.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a client sent to a stage, independent of any server framework.
 *
 * @param method   the HTTP method as sent (API Gateway methods are upper case)
 * @param path     the raw (still URL-encoded) path below the stage, starting with {@code /}
 * @param headers  header names as sent, every value in order
 * @param query    decoded query parameters, every value in order
 * @param body     the payload bytes, empty when none
 * @param sourceIp the client address for {@code $context.identity.sourceIp}
 */
public record HttpRequest(String method, String path, Map<String, List<String>> headers,
        Map<String, List<String>> query, byte[] body, String sourceIp) {

    public HttpRequest {
        method = method == null ? "GET" : method;
        path = path == null || path.isEmpty() ? "/" : path;
        headers = HttpHeaders.freeze(headers);
        query = HttpHeaders.freeze(query);
        body = body == null ? new byte[0] : body;
        sourceIp = sourceIp == null ? "127.0.0.1" : sourceIp;
    }

    /** A request from a target such as {@code /pets/7?type=dog} (query decoded, path kept raw). */
    public static Builder builder(String method, String target) {
        return new Builder(method, target);
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** Parses a raw query string ({@code a=1&a=2&b}) into decoded multi-value parameters. */
    public static Map<String, List<String>> parseQuery(String rawQuery) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return result;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            result.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return result;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    /** Builds requests for tests and {@code apigw invoke}. */
    public static final class Builder {
        private final String method;
        private final String path;
        private final Map<String, List<String>> headers = new LinkedHashMap<>();
        private final Map<String, List<String>> query;
        private byte[] body = new byte[0];
        private String sourceIp = "127.0.0.1";

        private Builder(String method, String target) {
            this.method = method;
            String t = target == null || target.isEmpty() ? "/" : target;
            int q = t.indexOf('?');
            this.path = q < 0 ? t : t.substring(0, q);
            this.query = parseQuery(q < 0 ? null : t.substring(q + 1));
        }

        public Builder header(String name, String value) {
            HttpHeaders.add(headers, name, value);
            return this;
        }

        public Builder query(String name, String value) {
            query.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            return this;
        }

        public Builder body(String text) {
            this.body = text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
            return this;
        }

        public Builder body(byte[] bytes) {
            this.body = bytes;
            return this;
        }

        public Builder sourceIp(String ip) {
            this.sourceIp = ip;
            return this;
        }

        public HttpRequest build() {
            return new HttpRequest(method, path, headers, query, body, sourceIp);
        }
    }
}
