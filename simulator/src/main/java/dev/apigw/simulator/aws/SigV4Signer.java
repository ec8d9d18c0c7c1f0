package dev.apigw.simulator.aws;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;

/**
 * Signs service calls with Signature Version 4 through the AWS SDK's own signer ({@code http-auth-aws}), so the
 * canonicalisation rules (header folding, query ordering, double path encoding except for S3) are AWS's.
 */
public final class SigV4Signer {
    private final AwsV4HttpSigner signer = AwsV4HttpSigner.create();
    private final Clock clock;

    public SigV4Signer(Clock clock) {
        this.clock = clock;
    }

    /** The call with {@code Host}, {@code X-Amz-Date}, {@code Authorization} (and the S3 payload hash) added. */
    public ServiceCall sign(ServiceCall call, AwsCredentials credentials, String region, String service) {
        boolean s3 = service.equals("s3");
        Map<String, List<String>> headers = new LinkedHashMap<>(call.headers());
        if (s3) {
            // S3 refuses a request without its payload hash header; other services do not need it.
            headers.put("x-amz-content-sha256", List.of(sha256Hex(call.body())));
        }
        SdkHttpRequest request = SdkHttpRequest.builder()
                .method(SdkHttpMethod.fromValue(call.method()))
                .uri(call.uri())
                .headers(headers)
                .build();
        AwsCredentialsIdentity identity = credentials.sessionToken()
                .<AwsCredentialsIdentity>map(t -> AwsSessionCredentialsIdentity.create(credentials.accessKeyId(),
                        credentials.secretAccessKey(), t))
                .orElseGet(() -> AwsCredentialsIdentity.create(credentials.accessKeyId(),
                        credentials.secretAccessKey()));
        SignedRequest signed = signer.sign(r -> r.identity(identity)
                .request(request)
                .payload(ContentStreamProvider.fromByteArray(call.body()))
                .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, service)
                .putProperty(AwsV4HttpSigner.REGION_NAME, region)
                .putProperty(AwsV4FamilyHttpSigner.DOUBLE_URL_ENCODE, !s3)
                .putProperty(AwsV4FamilyHttpSigner.NORMALIZE_PATH, !s3)
                .putProperty(HttpSigner.SIGNING_CLOCK, clock));
        return call.withHeaders(signed.request().headers());
    }

    private static String sha256Hex(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
