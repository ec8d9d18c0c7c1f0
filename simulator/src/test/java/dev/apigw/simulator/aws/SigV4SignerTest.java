package dev.apigw.simulator.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.simulator.http.HttpHeaders;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SigV4SignerTest {
    /** The credentials, region, service and time of AWS's Signature Version 4 test suite. */
    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    private static final AwsCredentials EXAMPLE = new AwsCredentials("AKIDEXAMPLE", SECRET, Optional.empty(), "test");
    private static final Clock TEST_SUITE_TIME = Clock.fixed(Instant.parse("2015-08-30T12:36:00Z"), ZoneOffset.UTC);
    private static final String GET_VANILLA_SIGNATURE =
            "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31";

    private final SigV4Signer signer = new SigV4Signer(TEST_SUITE_TIME);

    @Test
    void theReferenceComputationReproducesTheGetVanillaExampleOfTheAwsTestSuite() {
        String signature = SigV4Reference.signature("GET", "/", "",
                Map.of("Host", List.of("example.amazonaws.com"), "X-Amz-Date", List.of("20150830T123600Z")),
                List.of("host", "x-amz-date"), new byte[0], SECRET, "20150830T123600Z", "us-east-1", "service");
        assertThat(signature).isEqualTo(GET_VANILLA_SIGNATURE);
    }

    @Test
    void signsTheGetVanillaRequestWithTheTestSuiteScopeAndThePayloadHashTheSdkAlwaysAdds() {
        ServiceCall call = new ServiceCall("GET", URI.create("https://example.amazonaws.com/"), Map.of(), null);
        ServiceCall signed = signer.sign(call, EXAMPLE, "us-east-1", "service");
        assertThat(HttpHeaders.first(signed.headers(), "X-Amz-Date")).hasValue("20150830T123600Z");
        assertThat(HttpHeaders.first(signed.headers(), "x-amz-content-sha256"))
                .hasValue("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        String expected = SigV4Reference.signature("GET", "/", "", signed.headers(),
                List.of("host", "x-amz-content-sha256", "x-amz-date"), new byte[0], SECRET, "20150830T123600Z",
                "us-east-1", "service");
        assertThat(HttpHeaders.first(signed.headers(), "Authorization")).hasValue("AWS4-HMAC-SHA256 "
                + "Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, "
                + "SignedHeaders=host;x-amz-content-sha256;x-amz-date, Signature=" + expected);
    }

    @Test
    void signsQueryBodyAndExtraHeadersAsTheReferenceDoes() {
        byte[] body = "{\"TableName\":\"pets\"}".getBytes(StandardCharsets.UTF_8);
        ServiceCall call = new ServiceCall("POST", URI.create("http://127.0.0.1:8000/?b=2&a=x%20y"),
                Map.of("X-Amz-Target", List.of("DynamoDB_20120810.PutItem"),
                        "Content-Type", List.of("application/x-amz-json-1.0")), body);
        ServiceCall signed = signer.sign(call, EXAMPLE, "eu-west-1", "dynamodb");
        String authorization = HttpHeaders.first(signed.headers(), "Authorization").orElseThrow();
        List<String> signedHeaders = Arrays.asList(authorization.replaceAll(".*SignedHeaders=([^,]+),.*", "$1")
                .split(";"));
        assertThat(signedHeaders).contains("content-type", "host", "x-amz-date", "x-amz-target");
        assertThat(authorization).endsWith("Signature=" + SigV4Reference.signature("POST", "/", "b=2&a=x%20y",
                signed.headers(), signedHeaders, body, SECRET, "20150830T123600Z", "eu-west-1", "dynamodb"));
    }

    @Test
    void addsTheSessionTokenOfTemporaryCredentials() {
        AwsCredentials session = new AwsCredentials("AKID", "secret", Optional.of("token-1"), "env");
        ServiceCall call = new ServiceCall("POST", URI.create("http://127.0.0.1:4566/"), Map.of(), new byte[] {1});
        assertThat(HttpHeaders.first(signer.sign(call, session, "eu-west-1", "sqs").headers(),
                "X-Amz-Security-Token")).hasValue("token-1");
    }
}
