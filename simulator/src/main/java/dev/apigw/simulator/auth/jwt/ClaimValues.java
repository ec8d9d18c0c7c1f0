package dev.apigw.simulator.auth.jwt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A token's claims as API Gateway hands them on: every value a string. REST APIs (Cognito user pool authorizers)
 * write {@code exp} and {@code iat} as dates ({@code Mon Apr 14 12:33:31 UTC 2025}, Java's {@code Date.toString()}
 * in UTC) and lists joined with commas; HTTP APIs keep the epoch seconds and write lists as {@code [a b]}.
 */
public final class ClaimValues {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss 'UTC' yyyy",
            Locale.ROOT).withZone(ZoneOffset.UTC);

    private ClaimValues() {
    }

    /** {@code $context.authorizer.claims} of a REST API Cognito user pool authorizer. */
    public static Map<String, Object> rest(JWTClaimsSet claims) {
        Map<String, Object> out = new LinkedHashMap<>();
        claims.toJSONObject().forEach((name, value) -> {
            if ((name.equals("exp") || name.equals("iat")) && value instanceof Number seconds) {
                out.put(name, DATE.format(Instant.ofEpochSecond(seconds.longValue())));
            } else if (value instanceof Collection<?> list) {
                out.put(name, list.stream().map(ClaimValues::text).collect(Collectors.joining(",")));
            } else {
                out.put(name, text(value));
            }
        });
        return out;
    }

    /** {@code $context.authorizer.jwt.claims} of an HTTP API JWT authorizer. */
    public static Map<String, Object> http(JWTClaimsSet claims) {
        Map<String, Object> out = new LinkedHashMap<>();
        claims.toJSONObject().forEach((name, value) -> {
            if (value instanceof Collection<?> list) {
                out.put(name, list.stream().map(ClaimValues::text).collect(Collectors.joining(" ", "[", "]")));
            } else {
                out.put(name, text(value));
            }
        });
        return out;
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d && d == Math.rint(d) && !d.isInfinite()) {
            return Long.toString(d.longValue());
        }
        if (value instanceof Map<?, ?> || value instanceof Collection<?>) {
            try {
                return JSON.writeValueAsString(value);
            } catch (JsonProcessingException e) {
                return value.toString();
            }
        }
        return value.toString();
    }
}
