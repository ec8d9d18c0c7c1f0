package dev.apigw.simulator.pipeline;

import dev.apigw.model.api.Resource;
import dev.apigw.simulator.http.HttpHeaders;
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

    private ContextValues() {
    }

    static Map<String, Object> of(Invocation inv) {
        Deployment d = inv.deployment();
        String resourcePath = inv.resource().map(Resource::path).orElse(inv.request().path());
        String stage = d.stage().name();
        String domainName = d.apiId() + ".execute-api." + REGION + ".amazonaws.com";
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("accountId", ACCOUNT_ID);
        c.put("apiId", d.apiId());
        c.put("authorizer", new LinkedHashMap<String, Object>());
        c.put("domainName", domainName);
        c.put("domainPrefix", d.apiId());
        c.put("extendedRequestId", inv.extendedRequestId());
        c.put("httpMethod", inv.request().method());
        c.put("identity", identity(inv));
        c.put("path", "/" + stage + inv.request().path());
        c.put("protocol", "HTTP/1.1");
        c.put("requestId", inv.requestId());
        c.put("requestTime", CLF.format(inv.requestTime()));
        c.put("requestTimeEpoch", inv.requestTime().toEpochMilli());
        c.put("resourceId", resourceId(resourcePath));
        c.put("resourcePath", resourcePath);
        c.put("stage", stage);
        return c;
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
        Map<String, Object> identity = new LinkedHashMap<>();
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
        return identity;
    }
}
