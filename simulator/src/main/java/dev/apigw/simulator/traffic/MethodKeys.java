package dev.apigw.simulator.traffic;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Per-method settings keyed by method, as {@code apigw.yaml} writes them ({@code "GET /pets"}, {@code "* /*"}) or
 * as AWS's method settings paths do ({@code "/pets/GET"}, {@code "~1pets/GET"}, {@code "*}{@code /*"}). Lookup
 * follows specificity: the exact method, then the resource's {@code ANY} method, then any method of the resource,
 * then the wildcard for all methods.
 */
public final class MethodKeys<T> {
    private static final String ALL = "*";

    private final Map<String, T> byKey = new HashMap<>();

    private MethodKeys(Map<String, T> settings) {
        settings.forEach((key, value) -> normalise(key).ifPresent(k -> byKey.putIfAbsent(k, value)));
    }

    public static <T> MethodKeys<T> of(Map<String, T> settings) {
        return new MethodKeys<>(settings);
    }

    public boolean isEmpty() {
        return byKey.isEmpty();
    }

    /**
     * The settings for a request with HTTP method {@code verb} that matched {@code methodVerb} (the same, or
     * {@code ANY}) on the resource {@code path}.
     */
    public Optional<T> find(String verb, String methodVerb, String path) {
        if (byKey.isEmpty()) {
            // Most stages set no per-method settings: skip building the five candidate keys on every request.
            return Optional.empty();
        }
        String v = verb.toUpperCase(Locale.ROOT);
        String m = methodVerb.toUpperCase(Locale.ROOT);
        for (String key : new String[] {v + " " + path, m + " " + path, ALL + " " + path, v + " " + ALL,
            ALL + " " + ALL}) {
            T value = byKey.get(key);
            if (value != null) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /** {@code "VERB path"} with the verb upper-case and {@code *} for "every path"; empty for an unreadable key. */
    static Optional<String> normalise(String key) {
        String k = key.trim();
        String verb;
        String path;
        int space = k.indexOf(' ');
        if (space > 0) {
            verb = k.substring(0, space);
            path = k.substring(space + 1).trim();
        } else {
            int slash = k.lastIndexOf('/');
            if (slash < 0) {
                return Optional.empty();
            }
            verb = k.substring(slash + 1);
            path = k.substring(0, slash).replace("~1", "/");
            if (path.isEmpty()) {
                path = "/";
            }
        }
        if (verb.isEmpty() || path.isEmpty()) {
            return Optional.empty();
        }
        if (path.equals("*") || path.equals("/*")) {
            path = ALL;
        }
        return Optional.of(verb.toUpperCase(Locale.ROOT) + " " + path);
    }
}
