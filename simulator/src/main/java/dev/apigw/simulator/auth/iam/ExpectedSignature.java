package dev.apigw.simulator.auth.iam;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.internal.signer.CredentialScope;
import software.amazon.awssdk.http.auth.aws.internal.signer.DefaultV4RequestSigner;
import software.amazon.awssdk.http.auth.aws.internal.signer.V4Properties;
import software.amazon.awssdk.http.auth.aws.internal.signer.V4RequestSigningResult;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;

/**
 * The signature API Gateway expects for a request, computed by the AWS SDK's SigV4 core ({@code http-auth-aws}) over
 * exactly the headers the client listed in {@code SignedHeaders}, at the time it signed, with the stored secret.
 * The SDK's public signer cannot do this: it always adds and signs {@code x-amz-content-sha256}, which curl and
 * other clients leave out, so its request signer and canonicaliser are used directly (internal classes of the
 * pinned SDK version). The canonical request and string to sign it produces go into the mismatch message.
 */
final class ExpectedSignature {

    /** What the client should have sent, and the strings it was computed from. */
    record Computed(String signature, String canonicalRequest, String stringToSign) {
    }

    /**
     * @param path     the raw path as the client signed it (with the stage)
     * @param headers  the request headers (all; only the signed ones are used)
     * @param signedAt the instant of the request's X-Amz-Date
     * @param amzDate  that X-Amz-Date text
     */
    Computed compute(String method, String host, String path, Map<String, List<String>> query,
            Map<String, List<String>> headers, byte[] body, SigV4Authorization auth, String secret,
            Optional<String> sessionToken, Instant signedAt, String amzDate) {
        Map<String, List<String>> signed = new LinkedHashMap<>();
        headers.forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (auth.signedHeaders().contains(lower) && !lower.equals("authorization")) {
                signed.merge(lower, values, (a, b) -> {
                    List<String> all = new ArrayList<>(a);
                    all.addAll(b);
                    return all;
                });
            }
        });
        if (auth.signedHeaders().contains("host") && !signed.containsKey("host")) {
            signed.put("host", List.of(host));
        }
        SdkHttpRequest.Builder builder = SdkHttpRequest.builder()
                .method(SdkHttpMethod.fromValue(method))
                .protocol("https")
                .host(hostName(host))
                .encodedPath(path)
                .headers(signed);
        port(host).ifPresent(builder::port);
        query.forEach(builder::putRawQueryParameter);
        AwsCredentialsIdentity identity = sessionToken
                .<AwsCredentialsIdentity>map(t -> AwsSessionCredentialsIdentity.create(auth.accessKeyId(), secret, t))
                .orElseGet(() -> AwsCredentialsIdentity.create(auth.accessKeyId(), secret));
        V4Properties properties = V4Properties.builder()
                .credentials(identity)
                .credentialScope(new CredentialScope(auth.region(), auth.service(), signedAt))
                .signingClock(Clock.fixed(signedAt, ZoneOffset.UTC))
                .doubleUrlEncode(true)
                .normalizePath(true)
                .build();
        V4RequestSigningResult result = new DefaultV4RequestSigner(properties, sha256Hex(body)).sign(builder);
        String canonical = result.getCanonicalRequest().getCanonicalRequestString();
        String stringToSign = SigV4Authorization.ALGORITHM + "\n" + amzDate + "\n" + auth.scope() + "\n"
                + sha256Hex(canonical.getBytes(StandardCharsets.UTF_8));
        return new Computed(result.getSignature(), canonical, stringToSign);
    }

    private static String hostName(String host) {
        int colon = host.lastIndexOf(':');
        return colon > 0 && host.indexOf(']') < colon ? host.substring(0, colon) : host;
    }

    private static Optional<Integer> port(String host) {
        int colon = host.lastIndexOf(':');
        if (colon > 0 && host.indexOf(']') < colon) {
            try {
                return Optional.of(Integer.parseInt(host.substring(colon + 1)));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
