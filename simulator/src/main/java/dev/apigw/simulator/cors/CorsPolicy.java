package dev.apigw.simulator.cors;

import dev.apigw.model.api.CorsConfiguration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An HTTP API's {@code x-amazon-apigateway-cors}, as API Gateway applies it. An origin is allowed when it is listed
 * (compared case-insensitively), when {@code *} is listed, or when it starts with a listed {@code https://*} /
 * {@code http://*} prefix. {@code Access-Control-Allow-Origin} is {@code *} for a {@code *} configuration and the
 * caller's own origin otherwise. List values are joined with commas, as AWS sends them.
 */
public final class CorsPolicy {
    private final List<String> allowOrigins;
    private final boolean allowCredentials;
    private final List<String> exposeHeaders;
    private final Optional<Integer> maxAge;
    private final List<String> allowMethods;
    private final List<String> allowHeaders;

    public CorsPolicy(CorsConfiguration cors) {
        this.allowOrigins = cors.allowOrigins().orElse(List.of());
        this.allowCredentials = cors.allowCredentials().orElse(false);
        this.exposeHeaders = cors.exposeHeaders().orElse(List.of());
        this.maxAge = cors.maxAge();
        this.allowMethods = cors.allowMethods().orElse(List.of());
        this.allowHeaders = cors.allowHeaders().orElse(List.of());
    }

    /** The {@code Access-Control-Allow-Origin} value for this request origin; empty when it is not allowed. */
    public Optional<String> allowOrigin(String origin) {
        if (origin == null || origin.isBlank()) {
            return Optional.empty();
        }
        String lower = origin.toLowerCase(Locale.ROOT);
        boolean star = false;
        for (String allowed : allowOrigins) {
            String a = allowed.trim().toLowerCase(Locale.ROOT);
            if (a.equals("*")) {
                star = true;
            } else if (a.equals(lower) || (a.endsWith("*") && lower.startsWith(a.substring(0, a.length() - 1)))) {
                return Optional.of(origin);
            }
        }
        return star ? Optional.of("*") : Optional.empty();
    }

    /** True when {@code *} is allowed together with credentials, which browsers refuse (and AWS warns about). */
    public boolean wildcardWithCredentials() {
        return allowCredentials && allowOrigins.stream().anyMatch(o -> o.trim().equals("*"));
    }

    public boolean allowCredentials() {
        return allowCredentials;
    }

    public Optional<String> exposeHeaders() {
        return joined(exposeHeaders);
    }

    public Optional<String> allowMethods() {
        return joined(allowMethods);
    }

    public Optional<String> allowHeaders() {
        return joined(allowHeaders);
    }

    public Optional<Integer> maxAge() {
        return maxAge;
    }

    private static Optional<String> joined(List<String> values) {
        return values.isEmpty() ? Optional.empty() : Optional.of(String.join(",", values));
    }
}
