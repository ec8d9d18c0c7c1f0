package dev.apigw.simulator.auth.iam;

import dev.apigw.simulator.http.HttpRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
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

/** Signs requests the way an AWS SDK client calling execute-api does, with the SDK's own signer. */
public final class IamFixture {
    static final String KEY = "AKIDEXAMPLE";
    static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private IamFixture() {
    }

    /** A signed request for {@code url} (e.g. http://127.0.0.1:8080/dev/items?x=1) signed at {@code at}. */
    public static SdkHttpRequest sign(String method, String url, String body, String key, String secret, Instant at,
            Map<String, List<String>> headers) {
        return sign(method, url, body, AwsCredentialsIdentity.create(key, secret), at, headers);
    }

    static SdkHttpRequest sign(String method, String url, String body, AwsCredentialsIdentity identity, Instant at,
            Map<String, List<String>> headers) {
        SdkHttpRequest request = SdkHttpRequest.builder().method(SdkHttpMethod.fromValue(method)).uri(URI.create(url))
                .headers(headers).build();
        SignedRequest signed = AwsV4HttpSigner.create().sign(r -> r
                .identity(identity)
                .request(request)
                .payload(ContentStreamProvider.fromByteArray(body.getBytes(StandardCharsets.UTF_8)))
                .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, "execute-api")
                .putProperty(AwsV4HttpSigner.REGION_NAME, "eu-west-1")
                .putProperty(HttpSigner.SIGNING_CLOCK, Clock.fixed(at, ZoneOffset.UTC)));
        return signed.request();
    }

    /** The simulator's view of a signed request: its path below the stage, all headers as signed. */
    public static HttpRequest toSimulator(SdkHttpRequest signed, String pathBelowStage, String body) {
        HttpRequest.Builder builder = HttpRequest.builder(signed.method().name(), pathBelowStage
                + signed.encodedQueryParameters().map(q -> "?" + q).orElse(""));
        signed.headers().forEach((name, values) -> values.forEach(v -> builder.header(name, v)));
        return builder.body(body).build();
    }
}
