package dev.apigw.openapi.cors;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@code apigw import openapi --enable-cors ORIGIN} adds, like the console's "Enable CORS": the allowed
 * origins ({@code *} or exact origins), the {@code Access-Control-Allow-Headers} value (the console's default
 * unless given), and the {@code Access-Control-Allow-Methods} value (by default each resource's own methods plus
 * OPTIONS).
 */
public record CorsOptions(List<String> origins, String allowHeaders, Optional<String> allowMethods) {
    /** The console's default {@code Access-Control-Allow-Headers}. */
    public static final String DEFAULT_HEADERS = "Content-Type,X-Amz-Date,Authorization,X-Api-Key,X-Amz-Security-Token";

    public CorsOptions {
        List<String> cleaned = new ArrayList<>();
        for (String origin : origins) {
            for (String part : origin.split(",")) {
                if (!part.isBlank() && !cleaned.contains(part.trim())) {
                    cleaned.add(part.trim());
                }
            }
        }
        if (cleaned.isEmpty()) {
            throw new IllegalArgumentException("--enable-cors needs an origin, e.g. '*' or https://app.example.com");
        }
        for (String origin : cleaned) {
            if (!origin.equals("*") && !origin.matches("(?i)https?://[^\\s/,'\"]+")) {
                throw new IllegalArgumentException("'" + origin + "' is not an origin: use * or scheme://host[:port]"
                        + " without a path, e.g. https://app.example.com");
            }
        }
        if (cleaned.size() > 1 && cleaned.contains("*")) {
            throw new IllegalArgumentException("--enable-cors '*' already allows every origin; give it alone");
        }
        origins = List.copyOf(cleaned);
        allowHeaders = allowHeaders == null || allowHeaders.isBlank() ? DEFAULT_HEADERS : allowHeaders.trim();
        allowMethods = allowMethods.map(String::trim).filter(m -> !m.isEmpty());
    }

    public static CorsOptions of(List<String> origins) {
        return new CorsOptions(origins, null, Optional.empty());
    }

    /** One origin (or *): a static header value, exactly what the console writes. */
    public boolean singleOrigin() {
        return origins.size() == 1;
    }
}
