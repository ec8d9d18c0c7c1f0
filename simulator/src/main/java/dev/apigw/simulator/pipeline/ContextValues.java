package dev.apigw.simulator.pipeline;

import dev.apigw.model.api.ApiType;
import dev.apigw.model.api.Resource;
import dev.apigw.simulator.collect.FrozenMap;
import dev.apigw.simulator.http.HttpHeaders;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** Builds {@code $context} for a REST API request the way API Gateway fills it. */
public final class ContextValues {
    /** The account id API Gateway examples use. */
    public static final String ACCOUNT_ID = "123456789012";
    public static final String REGION = "us-east-1";

    private static final DateTimeFormatter CLF =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    /** The last formatted second; a record so readers always see a matching second and text. */
    private static volatile FormattedSecond lastSecond;

    private ContextValues() {
    }

    /**
     * Frozen, so template inputs share it instead of deep-copying it for each render, and worked out entry by entry
     * as it is read: most templates read two or three entries, and building all of them was a noticeable share of a
     * MOCK request.
     */
    static Map<String, Object> of(Invocation inv) {
        return FrozenMap.computed(new LazyContext(inv));
    }

    /** One {@code $context} entry, as API Gateway fills it for a REST API (or an HTTP API) request. */
    static Object value(Invocation inv, String name) {
        Deployment d = inv.deployment();
        boolean http = d.api().type() == ApiType.HTTP;
        return switch (name) {
            case "accountId" -> ACCOUNT_ID;
            case "apiId", "domainPrefix" -> d.apiId();
            case "authorizer" -> inv.authorizer();
            case "deploymentId" -> deploymentId(d);
            case "domainName" -> d.domainName();
            case "extendedRequestId" -> inv.extendedRequestId();
            case "httpMethod" -> inv.request().method();
            case "identity" -> identity(inv);
            case "path" -> path(inv);
            case "protocol" -> "HTTP/1.1";
            // HTTP APIs use the short id (the apigw-requestid header) as their request id.
            case "requestId" -> http ? inv.extendedRequestId() : inv.requestId();
            case "requestTime" -> requestTime(inv.requestTime());
            case "requestTimeEpoch" -> inv.requestTime().toEpochMilli();
            case "resourceId" -> resourceId(resourcePath(inv));
            case "resourcePath" -> resourcePath(inv);
            case "stage" -> d.stage().name();
            case "routeKey" -> inv.routeKey().orElse(null);
            default -> null;
        };
    }

    /** The entry names, in API Gateway's order; {@code routeKey} only for HTTP APIs. */
    static List<String> names(Invocation inv) {
        return inv.deployment().api().type() == ApiType.HTTP ? HTTP_NAMES : REST_NAMES;
    }

    /** HTTP APIs have no {@code deploymentId} in {@code $context}; REST APIs do. */
    private static final List<String> HTTP_NAMES = List.of("accountId", "apiId", "authorizer", "domainName",
            "domainPrefix", "extendedRequestId", "httpMethod", "identity", "path", "protocol", "requestId",
            "requestTime", "requestTimeEpoch", "resourceId", "resourcePath", "stage", "routeKey");
    private static final List<String> REST_NAMES = Stream.concat(Stream.of("accountId", "apiId", "authorizer",
            "deploymentId"), HTTP_NAMES.subList(3, HTTP_NAMES.size() - 1).stream()).toList();
    private static final Map<String, Integer> REST_POSITIONS = positions(REST_NAMES);
    private static final Map<String, Integer> HTTP_POSITIONS = positions(HTTP_NAMES);

    private static Map<String, Integer> positions(List<String> names) {
        return IntStream.range(0, names.size()).boxed()
                .collect(Collectors.toUnmodifiableMap(names::get, i -> i));
    }

    /** The position of an entry name in {@link #names}, or null for a name this $context does not have. */
    static Integer position(List<String> names, String name) {
        return (names == HTTP_NAMES ? HTTP_POSITIONS : REST_POSITIONS).get(name);
    }

    /**
     * {@code $context.deploymentId}: a six-character id like API Gateway's deployment ids, stable for an API and
     * stage so events and logs stay comparable between runs.
     */
    public static String deploymentId(Deployment d) {
        return resourceId("deployment " + d.apiId() + " " + d.stage().name());
    }

    private static String resourcePath(Invocation inv) {
        return inv.resource().map(Resource::path).orElse(inv.request().path());
    }

    /**
     * {@code $context.path}: the request path with the stage in front, as the client called it; an HTTP API's
     * {@code $default} stage is served at the root, so nothing is put in front.
     */
    public static String path(Invocation inv) {
        String stage = inv.deployment().stage().name();
        return DEFAULT_STAGE.equals(stage) ? inv.request().path() : "/" + stage + inv.request().path();
    }

    /** The HTTP API stage served at the root of the API's address. */
    public static final String DEFAULT_STAGE = "$default";

    /** {@code requestTime} in CLF; formatting is costly and the text only changes once a second, so it is reused. */
    static String requestTime(Instant when) {
        FormattedSecond last = lastSecond;
        long second = when.getEpochSecond();
        if (last == null || last.epochSecond() != second) {
            last = new FormattedSecond(second, CLF.format(when));
            lastSecond = last;
        }
        return last.text();
    }

    private record FormattedSecond(long epochSecond, String text) {
    }

    /** A stable six-character id per resource path, like API Gateway's resource ids. */
    public static String resourceId(String resourcePath) {
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        int h = resourcePath.hashCode();
        StringBuilder sb = new StringBuilder(6);
        long v = h & 0xffffffffL;
        for (int i = 0; i < 6; i++) {
            sb.append(alphabet.charAt((int) (v % alphabet.length())));
            v = v / alphabet.length() + 7919L * (i + 1);
        }
        return sb.toString();
    }

    private static Map<String, Object> identity(Invocation inv) {
        LinkedHashMap<String, Object> identity = new LinkedHashMap<>(16);
        identity.put("cognitoIdentityPoolId", null);
        identity.put("accountId", null);
        identity.put("cognitoIdentityId", null);
        identity.put("caller", null);
        identity.put("sourceIp", inv.request().sourceIp());
        identity.put("principalOrgId", null);
        identity.put("accessKey", null);
        identity.put("cognitoAuthenticationType", null);
        identity.put("cognitoAuthenticationProvider", null);
        identity.put("userArn", null);
        identity.put("userAgent", HttpHeaders.first(inv.request().headers(), "User-Agent").orElse(null));
        identity.put("user", null);
        identity.putAll(inv.identity());
        return FrozenMap.adopt(identity);
    }
}
