package dev.apigw.simulator.httpapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apigw.simulator.http.HttpHeaders;
import dev.apigw.simulator.pipeline.Invocation;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP API parameter mapping values: a static text in which {@code $request.header.x}, {@code $request.querystring.x},
 * {@code $request.path.x}, {@code $request.path}, {@code $request.body.x} (a JSON path into the body),
 * {@code $context.x}, {@code $stageVariables.x} and, for response mappings, {@code $response.header.x} and
 * {@code $response.body.x} are replaced by their values (also written {@code ${...}}). A value that is missing
 * becomes empty, as on AWS.
 */
final class ParameterMapping {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern REFERENCE = Pattern.compile(
            "\\$\\{([a-zA-Z]+(?:\\.[A-Za-z0-9_\\-.]+)?)}|\\$([a-zA-Z]+(?:\\.[A-Za-z0-9_\\-]+)*)");

    private ParameterMapping() {
    }

    /** A mapping target, {@code append:header.x} / {@code overwrite:querystring.x} / {@code overwrite:path}. */
    record Target(String action, String location, String name) {
        static Optional<Target> parse(String key) {
            int colon = key.indexOf(':');
            if (colon < 0) {
                return Optional.empty();
            }
            String action = key.substring(0, colon);
            String rest = key.substring(colon + 1);
            int dot = rest.indexOf('.');
            String location = dot < 0 ? rest : rest.substring(0, dot);
            String name = dot < 0 ? "" : rest.substring(dot + 1);
            if (!List.of("append", "overwrite", "remove").contains(action)) {
                return Optional.empty();
            }
            return Optional.of(new Target(action, location, name));
        }
    }

    /** What a value may refer to besides the request: the integration's response, for response mappings. */
    record Response(Map<String, List<String>> headers, byte[] body) {
    }

    static String evaluate(String value, Invocation inv, Optional<Response> response) {
        Matcher m = REFERENCE.matcher(value);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String reference = m.group(1) != null ? m.group(1) : m.group(2);
            Optional<String> resolved = resolve(reference, inv, response);
            m.appendReplacement(sb, Matcher.quoteReplacement(resolved.orElse(
                    resolved.isEmpty() && !isKnownRoot(reference) ? m.group() : "")));
        }
        return m.appendTail(sb).toString();
    }

    private static boolean isKnownRoot(String reference) {
        String root = reference.contains(".") ? reference.substring(0, reference.indexOf('.')) : reference;
        return List.of("request", "context", "stageVariables", "response").contains(root);
    }

    private static Optional<String> resolve(String reference, Invocation inv, Optional<Response> response) {
        String[] parts = reference.split("\\.", 3);
        switch (parts[0]) {
            case "request":
                return request(parts, inv);
            case "context":
                return parts.length < 2 ? Optional.empty() : context(reference.substring("context.".length()), inv);
            case "stageVariables":
                return parts.length < 2 ? Optional.empty()
                        : Optional.ofNullable(inv.stageVariables().get(reference.substring("stageVariables.".length())));
            case "response":
                if (response.isEmpty() || parts.length < 3) {
                    return Optional.empty();
                }
                if (parts[1].equals("header")) {
                    return HttpHeaders.first(response.get().headers(), parts[2]);
                }
                return parts[1].equals("body") ? bodyValue(response.get().body(), parts[2]) : Optional.empty();
            default:
                return Optional.empty();
        }
    }

    private static Optional<String> request(String[] parts, Invocation inv) {
        if (parts.length == 2 && parts[1].equals("path")) {
            return Optional.of(inv.request().path());
        }
        if (parts.length < 3) {
            return Optional.empty();
        }
        return switch (parts[1]) {
            case "header" -> {
                List<String> values = HttpHeaders.all(inv.request().headers(), parts[2]);
                yield values.isEmpty() ? Optional.empty() : Optional.of(String.join(",", values));
            }
            case "querystring" -> Optional.ofNullable(inv.request().query().get(parts[2]))
                    .filter(v -> !v.isEmpty()).map(v -> String.join(",", v));
            case "path" -> Optional.ofNullable(inv.pathParameters().get(parts[2]));
            case "body" -> bodyValue(inv.request().body(), parts[2]);
            default -> Optional.empty();
        };
    }

    private static Optional<String> context(String path, Invocation inv) {
        Object value = inv.context();
        for (String key : path.split("\\.")) {
            if (!(value instanceof Map<?, ?> map)) {
                return Optional.empty();
            }
            value = map.get(key);
        }
        return Optional.ofNullable(value).map(String::valueOf);
    }

    private static Optional<String> bodyValue(byte[] body, String path) {
        try {
            JsonNode node = JSON.readTree(body);
            if (node == null) {
                return Optional.empty();
            }
            for (String key : path.split("\\.")) {
                node = node.path(key);
            }
            if (node.isMissingNode() || node.isNull()) {
                return Optional.empty();
            }
            return Optional.of(node.isValueNode() ? node.asText() : node.toString());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
