package dev.apigw.simulator.websocket;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * API Gateway's WebSocket selection expressions: {@code $request.body.action} (the whole expression is one
 * reference), {@code ${request.body.service}/${request.body.action}} (references inside text), a literal such as
 * {@code \$default} (a backslash keeps the dollar), and {@code $request.header.x} for the API key on
 * {@code $connect}. A reference to a field that is absent, or to a body that is not JSON, selects nothing.
 */
public final class SelectionExpression {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern BRACED = Pattern.compile("\\$\\{([^}]+)}");
    private static final Pattern WHOLE = Pattern.compile("\\$(request\\.(?:body|header|querystring)\\.[^\\s$]+)");

    private SelectionExpression() {
    }

    /** Parses a message body once for several expressions; empty when it is not a JSON object. */
    public static Optional<JsonNode> parse(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The selected key, or empty when a reference found nothing. */
    public static Optional<String> evaluate(String expression, Optional<JsonNode> body,
            Map<String, java.util.List<String>> headers) {
        if (expression.startsWith("\\$")) {
            return Optional.of(expression.substring(1));
        }
        Matcher whole = WHOLE.matcher(expression);
        if (whole.matches()) {
            return reference(whole.group(1), body, headers);
        }
        if (expression.indexOf("${") < 0) {
            return Optional.of(expression);
        }
        Matcher m = BRACED.matcher(expression);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            Optional<String> value = reference(m.group(1), body, headers);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            out.append(expression, last, m.start()).append(value.get());
            last = m.end();
        }
        out.append(expression.substring(last));
        return Optional.of(out.toString());
    }

    private static Optional<String> reference(String ref, Optional<JsonNode> body,
            Map<String, java.util.List<String>> headers) {
        if (ref.startsWith("request.body.")) {
            if (body.isEmpty()) {
                return Optional.empty();
            }
            JsonNode node = body.get();
            for (String part : ref.substring("request.body.".length()).split("\\.")) {
                node = node == null ? null : node.get(part);
            }
            if (node == null || node.isNull() || node.isMissingNode()) {
                return Optional.empty();
            }
            return Optional.of(node.isValueNode() ? node.asText() : node.toString());
        }
        if (ref.startsWith("request.header.")) {
            String name = ref.substring("request.header.".length());
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst();
        }
        return Optional.empty();
    }
}
