package dev.apigw.simulator.auth.iam;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.internal.signer.V4CanonicalRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;

/**
 * The signature API Gateway expects for a request: the AWS SDK's own SigV4 signer ({@code http-auth-aws}) run over
 * the headers the client signed, at the time it signed them, with the stored secret. For the mismatch message, the
 * canonical request and string to sign come from the same SDK's canonicaliser (an internal class of the pinned
 * version), so the text shown is what the signature was computed from.
 */
final class ExpectedSignature {
    private static final Pattern SIGNATURE = Pattern.compile("Signature=([0-9a-f]+)");
    private final AwsV4HttpSigner signer = AwsV4HttpSigner.create();

    /** What the client should have sent, and the strings it was computed from. */
    record Computed(String signature, String canonicalRequest, String stringToSign) {
    }

    /**
     * @param path        the raw path as the client signed it (with the stage)
     * @param headers     the request headers (all; only the signed ones are used)
     * @param signedAt    the instant of the request's X-Amz-Date
     * @param amzDate     that X-Amz-Date text
     */
    Computed compute(String method, String host, String path, Map<String, List<String>> query,
            Map<String, List<String>> headers, byte[] body, SigV4Authorization auth, String secret,
            Optional<String> sessionToken, Instant signedAt, String amzDate) {
        Map<String, List<String>> signed = new LinkedHashMap<>();
        headers.forEach((name, values) -> {
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            // The signer adds Host, X-Amz-Date and the session token itself, from the URI, clock and identity.
            if (auth.signedHeaders().contains(lower) && !lower.equals("host") && !lower.equals("x-amz-date")
                    && !lower.equals("x-amz-security-token") && !lower.equals("authorization")) {
                signed.put(lower, values);
            }
        });
        SdkHttpRequest.Builder builder = SdkHttpRequest.builder()
                .method(SdkHttpMethod.fromValue(method))
                .protocol("https")
                .host(hostName(host))
                .encodedPath(path)
                .headers(signed);
        port(host).ifPresent(builder::port);
        query.forEach(builder::putRawQueryParameter);
        SdkHttpRequest request = builder.build();
        AwsCredentialsIdentity identity = sessionToken
                .<AwsCredentialsIdentity>map(t -> AwsSessionCredentialsIdentity.create(auth.accessKeyId(), secret, t))
                .orElseGet(() -> AwsCredentialsIdentity.create(auth.accessKeyId(), secret));
        SignedRequest result = signer.sign(r -> r.identity(identity)
                .request(request)
                .payload(ContentStreamProvider.fromByteArray(body))
                .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, auth.service())
                .putProperty(AwsV4HttpSigner.REGION_NAME, auth.region())
                .putProperty(AwsV4FamilyHttpSigner.DOUBLE_URL_ENCODE, true)
                .putProperty(AwsV4FamilyHttpSigner.NORMALIZE_PATH, true)
                .putProperty(HttpSigner.SIGNING_CLOCK, Clock.fixed(signedAt, ZoneOffset.UTC)));
        String authorization = result.request().firstMatchingHeader("Authorization").orElse("");
        Matcher m = SIGNATURE.matcher(authorization);
        String signature = m.find() ? m.group(1) : "";
        SdkHttpRequest withoutAuthorization = result.request().toBuilder().removeHeader("Authorization").build();
        String canonical = new V4CanonicalRequest(withoutAuthorization, sha256Hex(body),
                new V4CanonicalRequest.Options(true, true)).getCanonicalRequestString();
        String stringToSign = SigV4Authorization.ALGORITHM + "\n" + amzDate + "\n" + auth.scope() + "\n"
                + sha256Hex(canonical.getBytes(StandardCharsets.UTF_8));
        return new Computed(signature, canonical, stringToSign);
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
