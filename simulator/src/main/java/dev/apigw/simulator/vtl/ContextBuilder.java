package dev.apigw.simulator.vtl;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Builds a complete {@code $context} the way API Gateway fills it for a REST API request, which callers then
 * override key by key with dotted paths ({@code authorizer.principalId=u1}, {@code identity.sourceIp=10.0.0.1}).
 * Not thread-safe; build one per request.
 *
 * <p>Derived values stay consistent unless set explicitly: {@code path} is {@code /<stage><resourcePath>},
 * {@code domainName} is {@code <apiId>.execute-api.<region>.amazonaws.com} and {@code domainPrefix} its first label.
 */
public final class ContextBuilder {
    /** The account id API Gateway examples use for the API owner. */
    public static final String DEFAULT_ACCOUNT_ID = "123456789012";

    /** CLF time as {@code $context.requestTime} shows it, always in UTC. */
    private static final DateTimeFormatter CLF =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final String ID_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, Object> root = new LinkedHashMap<>();
    /** Top-level keys the caller set, so derived defaults do not overwrite them. */
    private final Set<String> explicit = new HashSet<>();
    private String region = "us-east-1";
    /** Only {@link #defaults()} derives path and domain values; {@link #empty()} stays exactly as set. */
    private boolean derive;

    private ContextBuilder() {
    }

    /** A context with every variable API Gateway sets for an unauthenticated request, fresh ids and the current time. */
    public static ContextBuilder defaults() {
        ContextBuilder b = new ContextBuilder();
        b.derive = true;
        b.root.put("accountId", DEFAULT_ACCOUNT_ID);
        b.root.put("apiId", "a1b2c3d4e5");
        b.root.put("requestId", UUID.randomUUID().toString());
        b.root.put("extendedRequestId", randomId(15) + "=");
        b.root.put("awsEndpointRequestId", UUID.randomUUID().toString());
        b.root.put("stage", "dev");
        b.root.put("resourceId", randomId(6).toLowerCase(Locale.ROOT));
        b.root.put("resourcePath", "/");
        b.root.put("httpMethod", "GET");
        b.root.put("protocol", "HTTP/1.1");
        Map<String, Object> identity = new LinkedHashMap<>();
        identity.put("sourceIp", "127.0.0.1");
        identity.put("userAgent", "apigw-local");
        b.root.put("identity", identity);
        b.root.put("authorizer", new LinkedHashMap<String, Object>());
        b.root.put("xrayTraceId", "Root=1-" + Long.toHexString(System.currentTimeMillis() / 1000) + "-"
                + randomHex(24));
        b.requestTime(Instant.now());
        b.explicit.clear();
        return b;
    }

    /** An empty context with nothing derived; useful for tests that pin every value. */
    public static ContextBuilder empty() {
        return new ContextBuilder();
    }

    public ContextBuilder requestId(String value) {
        return set("requestId", value);
    }

    public ContextBuilder apiId(String value) {
        return set("apiId", value);
    }

    public ContextBuilder stage(String value) {
        return set("stage", value);
    }

    public ContextBuilder httpMethod(String value) {
        return set("httpMethod", value);
    }

    public ContextBuilder resourcePath(String value) {
        return set("resourcePath", value);
    }

    public ContextBuilder resourceId(String value) {
        return set("resourceId", value);
    }

    /** The request path including the stage, e.g. {@code /dev/pets/1}. Derived from stage and resourcePath if unset. */
    public ContextBuilder path(String value) {
        return set("path", value);
    }

    /** Used for the default {@code domainName}. */
    public ContextBuilder region(String value) {
        this.region = value;
        return this;
    }

    /** Sets {@code requestTime} (CLF, UTC) and {@code requestTimeEpoch} (milliseconds) together. */
    public ContextBuilder requestTime(Instant when) {
        root.put("requestTime", CLF.format(when));
        root.put("requestTimeEpoch", when.toEpochMilli());
        explicit.add("requestTime");
        explicit.add("requestTimeEpoch");
        return this;
    }

    /**
     * Sets one value by dotted path, creating intermediate maps: {@code set("identity.sourceIp", "10.0.0.1")}.
     * Values under {@code authorizer} are stored as strings (API Gateway stringifies authorizer context values),
     * except maps such as {@code claims}. {@code requestTimeEpoch} given as text is stored as a number.
     */
    public ContextBuilder set(String dottedPath, Object value) {
        if (dottedPath == null || dottedPath.isBlank()) {
            throw new IllegalArgumentException("context key must not be empty");
        }
        String[] parts = dottedPath.split("\\.");
        Map<String, Object> target = root;
        for (int i = 0; i < parts.length - 1; i++) {
            target = childMap(target, parts[i], dottedPath);
        }
        target.put(parts[parts.length - 1], normalise(parts, value));
        explicit.add(parts[0]);
        return this;
    }

    /** Applies {@code key.path=value}, the form used by {@code --context authorizer.principalId=u1}. */
    public ContextBuilder apply(String assignment) {
        int eq = assignment == null ? -1 : assignment.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException("expected key.path=value but got '" + assignment + "'");
        }
        return set(assignment.substring(0, eq).trim(), assignment.substring(eq + 1));
    }

    /** Deep-merges nested maps (e.g. parsed from YAML/JSON) over the current values. */
    public ContextBuilder merge(Map<String, ?> values) {
        if (values != null) {
            values.forEach((k, v) -> mergeInto(k, v));
        }
        return this;
    }

    /** An unmodifiable deep copy, ready for {@link TemplateInput#context()}. */
    public Map<String, Object> build() {
        Map<String, Object> out = new LinkedHashMap<>(root);
        if (!derive) {
            return Maps.deepFreezeMap(out);
        }
        Object stage = out.get("stage");
        Object resourcePath = out.get("resourcePath");
        if (!explicit.contains("path") && stage != null && resourcePath != null) {
            out.put("path", "/" + stage + resourcePath);
        }
        Object apiId = out.get("apiId");
        if (!explicit.contains("domainName") && apiId != null) {
            out.put("domainName", apiId + ".execute-api." + region + ".amazonaws.com");
        }
        Object domainName = out.get("domainName");
        if (!explicit.contains("domainPrefix") && domainName != null) {
            String host = domainName.toString();
            int dot = host.indexOf('.');
            out.put("domainPrefix", dot < 0 ? host : host.substring(0, dot));
        }
        return Maps.deepFreezeMap(out);
    }

    @SuppressWarnings("unchecked")
    private void mergeInto(String dottedPrefix, Object value) {
        if (value instanceof Map<?, ?> nested) {
            nested.forEach((k, v) -> mergeInto(dottedPrefix + "." + k, v));
            if (nested.isEmpty()) {
                String[] parts = dottedPrefix.split("\\.");
                Map<String, Object> target = root;
                for (String part : parts) {
                    target = childMap(target, part, dottedPrefix);
                }
            }
        } else {
            set(dottedPrefix, value);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> childMap(Map<String, Object> parent, String key, String fullPath) {
        Object existing = parent.get(key);
        if (existing instanceof Map<?, ?> map) {
            // Copy so maps handed in by callers are never mutated.
            Map<String, Object> mutable = map instanceof LinkedHashMap<?, ?> ? (Map<String, Object>) map
                    : new LinkedHashMap<>((Map<String, Object>) map);
            parent.put(key, mutable);
            return mutable;
        }
        if (existing != null) {
            throw new IllegalArgumentException("cannot set '" + fullPath + "': '" + key + "' already holds a value");
        }
        Map<String, Object> created = new LinkedHashMap<>();
        parent.put(key, created);
        return created;
    }

    private static Object normalise(String[] parts, Object value) {
        if (parts.length == 1 && "requestTimeEpoch".equals(parts[0]) && value instanceof String text) {
            try {
                return Long.parseLong(text.trim());
            } catch (NumberFormatException e) {
                return text;
            }
        }
        boolean underAuthorizer = parts.length > 1 && "authorizer".equals(parts[0]);
        boolean claim = parts.length > 2 && "claims".equals(parts[1]);
        if (underAuthorizer && !claim && value != null && !(value instanceof Map<?, ?>)) {
            return String.valueOf(value);
        }
        return value;
    }

    private static String randomId(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(ID_CHARS.charAt(RANDOM.nextInt(ID_CHARS.length())));
        }
        return sb.toString();
    }

    private static String randomHex(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(Character.forDigit(RANDOM.nextInt(16), 16));
        }
        return sb.toString();
    }
}
