package dev.apigw.simulator.aws;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An independent, test-only SigV4 computation straight from AWS's published algorithm (canonical request, string
 * to sign, derived key), checked against the test suite's "get-vanilla" signature. Tests use it to check what the
 * SDK signer produced and to verify requests the way an AWS service would. Paths are taken as sent (the tests use
 * only unreserved characters, for which double encoding changes nothing).
 */
final class SigV4Reference {
    private SigV4Reference() {
    }

    /** The signature for a request, signing exactly the named headers. */
    static String signature(String method, String rawPath, String rawQuery, Map<String, List<String>> headers,
            List<String> signedHeaders, byte[] body, String secret, String amzDate, String region, String service) {
        Map<String, List<String>> lower = new TreeMap<>();
        headers.forEach((k, v) -> lower.computeIfAbsent(k.toLowerCase(Locale.ROOT), x -> new ArrayList<>()).addAll(v));
        StringBuilder canonicalHeaders = new StringBuilder();
        for (String name : signedHeaders) {
            canonicalHeaders.append(name).append(':').append(lower.getOrDefault(name, List.of()).stream()
                    .map(v -> v.trim().replaceAll(" +", " ")).collect(Collectors.joining(","))).append('\n');
        }
        String canonicalRequest = method + "\n" + (rawPath.isEmpty() ? "/" : rawPath) + "\n"
                + canonicalQuery(rawQuery) + "\n" + canonicalHeaders + "\n" + String.join(";", signedHeaders)
                + "\n" + hex(sha256(body));
        String scope = amzDate.substring(0, 8) + "/" + region + "/" + service + "/aws4_request";
        String stringToSign = "AWS4-HMAC-SHA256\n" + amzDate + "\n" + scope + "\n"
                + hex(sha256(canonicalRequest.getBytes(StandardCharsets.UTF_8)));
        byte[] key = hmac(("AWS4" + secret).getBytes(StandardCharsets.UTF_8), amzDate.substring(0, 8));
        key = hmac(hmac(hmac(key, region), service), "aws4_request");
        return hex(hmac(key, stringToSign));
    }

    private static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> pairs = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            pairs.add(encode(name) + "=" + encode(value));
        }
        pairs.sort(null);
        return String.join("&", pairs);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A")
                .replace("%7E", "~");
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
