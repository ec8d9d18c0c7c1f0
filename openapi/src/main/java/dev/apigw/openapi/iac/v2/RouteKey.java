package dev.apigw.openapi.iac.v2;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTTP API route key: {@code $default}, or a method ({@code ANY} included) and a path. In OpenAPI the
 * {@code $default} route is {@code x-amazon-apigateway-any-method} on the path {@code /$default}, as AWS exports it.
 */
record RouteKey(String method, String path) {
    static final String DEFAULT = "$default";
    private static final Set<String> METHODS = Set.of("ANY", "GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD",
            "PATCH");
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

    static Optional<RouteKey> parse(String key) {
        String k = key.trim();
        if (k.equals(DEFAULT)) {
            return Optional.of(new RouteKey("ANY", "/" + DEFAULT));
        }
        int space = k.indexOf(' ');
        if (space < 0) {
            return Optional.empty();
        }
        String method = k.substring(0, space).toUpperCase(Locale.ROOT);
        String path = k.substring(space + 1).trim();
        if (!METHODS.contains(method) || !path.startsWith("/")) {
            return Optional.empty();
        }
        return Optional.of(new RouteKey(method, path));
    }

    boolean isDefault() {
        return path.equals("/" + DEFAULT);
    }

    /** The OpenAPI path item key of the operation: {@code get}, or the any-method extension. */
    String operationKey() {
        return method.equals("ANY") ? "x-amazon-apigateway-any-method" : method.toLowerCase(Locale.ROOT);
    }

    /** {@code $default}, or {@code GET /items/{id}}: the key AWS's route settings use. */
    String display() {
        return isDefault() ? DEFAULT : method + " " + path;
    }

    /** The path's variables as written ({@code proxy+} for a greedy one), in order. */
    List<String> variables() {
        List<String> out = new ArrayList<>();
        Matcher m = VARIABLE.matcher(path);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
