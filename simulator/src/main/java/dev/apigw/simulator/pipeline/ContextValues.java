package dev.apigw.simulator.pipeline;

import dev.apigw.model.api.ApiType;
import dev.apigw.model.api.Resource;
import dev.apigw.simulator.collect.FrozenMap;
import dev.apigw.simulator.http.HttpHeaders;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

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
     * Frozen as it is built (every value immutable), so template inputs share it instead of deep-copying it for each
     * render.
     */
    static Map<String, Object> of(Invocation inv) {
        Deployment d = inv.deployment();
        String resourcePath = inv.resource().map(Resource::path).orElse(inv.request().path());
        String stage = d.stage().name();
        LinkedHashMap<String, Object> c = new LinkedHashMap<>(32);
        c.put("accountId", ACCOUNT_ID);
        c.put("apiId", d.apiId());
        c.put("authorizer", inv.authorizer());
        c.put("domainName", d.domainName());
        c.put("domainPrefix", d.apiId());
        c.put("extendedRequestId", inv.extendedRequestId());
        c.put("httpMethod", inv.request().method());
        c.put("identity", identity(inv));
        c.put("path", path(inv));
        c.put("protocol", "HTTP/1.1");
        boolean http = d.api().type() == ApiType.HTTP;
        // HTTP APIs use the short id (the apigw-requestid header) as their request id.
        c.put("requestId", http ? inv.extendedRequestId() : inv.requestId());
        c.put("requestTime", requestTime(inv.requestTime()));
        c.put("requestTimeEpoch", inv.requestTime().toEpochMilli());
        c.put("resourceId", resourceId(resourcePath));
        c.put("resourcePath", resourcePath);
        c.put("stage", stage);
        if (http) {
            c.put("routeKey", inv.routeKey().orElse(null));
        }
        return FrozenMap.adopt(c);
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
