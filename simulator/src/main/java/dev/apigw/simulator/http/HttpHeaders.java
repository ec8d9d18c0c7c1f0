package dev.apigw.simulator.http;

import dev.apigw.simulator.collect.FrozenMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Case-insensitive lookups over multi-value header maps that keep the names as sent and their order. HTTP header
 * names are case-insensitive, but API Gateway hands them to integrations with the case the client used.
 */
public final class HttpHeaders {
    private HttpHeaders() {
    }

    /** The first value of the header, whatever the case of its name. */
    public static Optional<String> first(Map<String, List<String>> headers, String name) {
        List<String> values = all(headers, name);
        return values.isEmpty() ? Optional.empty() : Optional.ofNullable(values.get(0));
    }

    /** The last value of the header (API Gateway's single-value view of a repeated header or query key). */
    public static Optional<String> last(Map<String, List<String>> headers, String name) {
        List<String> values = all(headers, name);
        return values.isEmpty() ? Optional.empty() : Optional.ofNullable(values.get(values.size() - 1));
    }

    /** Every value of the header, in order; empty when absent. */
    public static List<String> all(Map<String, List<String>> headers, String name) {
        if (headers instanceof FrozenMap<List<String>> frozen) {
            List<String> found = frozen.getIgnoringCase(name);
            return found == null ? List.of() : found;
        }
        List<String> exact = headers.get(name);
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return List.of();
    }

    public static boolean contains(Map<String, List<String>> headers, String name) {
        return !all(headers, name).isEmpty();
    }

    /**
     * An unmodifiable deep copy keeping insertion order; a map this already froze is returned as it is, so a
     * request's headers are copied once however many records hold them.
     */
    public static Map<String, List<String>> freeze(Map<String, List<String>> source) {
        if (source == null || source.isEmpty()) {
            return Map.of();
        }
        if (source instanceof FrozenMap<List<String>> frozen) {
            return frozen;
        }
        LinkedHashMap<String, List<String>> copy = new LinkedHashMap<>();
        source.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return FrozenMap.adopt(copy);
    }

    /**
     * Adds a value under the existing spelling of the name, or under this one when new. The values are replaced by
     * an immutable list (like {@link #set}), so a map built with these two freezes without copying its lists.
     */
    public static void add(Map<String, List<String>> headers, String name, String value) {
        String key = keyOf(headers, name).orElse(name);
        List<String> existing = headers.get(key);
        if (existing == null || existing.isEmpty()) {
            headers.put(key, List.of(value));
            return;
        }
        List<String> values = new ArrayList<>(existing.size() + 1);
        values.addAll(existing);
        values.add(value);
        headers.put(key, List.copyOf(values));
    }

    /** Replaces every value of the header (any case) with this one, keeping the existing spelling. */
    public static void set(Map<String, List<String>> headers, String name, String value) {
        headers.put(keyOf(headers, name).orElse(name), List.of(value));
    }

    /** Removes the header whatever the case of its name; returns the values it had. */
    public static List<String> remove(Map<String, List<String>> headers, String name) {
        Optional<String> key = keyOf(headers, name);
        if (key.isEmpty()) {
            return List.of();
        }
        List<String> removed = headers.remove(key.get());
        return removed == null ? List.of() : removed;
    }

    private static Optional<String> keyOf(Map<String, List<String>> headers, String name) {
        if (headers.containsKey(name)) {
            return Optional.of(name);
        }
        for (String key : headers.keySet()) {
            if (key.equalsIgnoreCase(name)) {
                return Optional.of(key);
            }
        }
        return Optional.empty();
    }
}
