package dev.apigw.simulator.log;

import dev.apigw.model.project.AccessLogSettings;
import dev.apigw.model.project.Stage;
import java.util.Map;
import java.util.Optional;

/**
 * What one access log line is rendered from: the format of the stage that served it and its {@code $context}
 * variables. A REST or HTTP API request is one ({@link AccessLogValues}); so is each connect, message and disconnect
 * of a WebSocket API.
 */
public interface AccessLogEntry {
    /** The stage's access log format; empty when the stage writes no access log. */
    Optional<String> format();

    /** The value of {@code $context.<name>}, or {@code null} when it has none (printed {@code -}). */
    String value(String name);

    /** The stage's non-blank {@code accessLog.format}, if it has one. */
    static Optional<String> formatOf(Stage stage) {
        return stage.accessLog().map(AccessLogSettings::format).filter(f -> !f.isBlank());
    }

    /**
     * A dotted name ({@code identity.sourceIp}, {@code authorizer.claims.sub}) looked up in a {@code $context} map:
     * {@code null} when a part is missing or the value is itself a map.
     */
    static String find(Map<String, ?> context, String name) {
        // Walks the dotted name without splitting it: this runs for every variable of every request.
        Object value = context;
        int from = 0;
        while (from <= name.length()) {
            int dot = name.indexOf('.', from);
            int end = dot < 0 ? name.length() : dot;
            if (!(value instanceof Map<?, ?> map)) {
                return null;
            }
            value = map.get(name.substring(from, end));
            from = end + 1;
        }
        return value == null || value instanceof Map<?, ?> ? null : value.toString();
    }
}
