package dev.apigw.simulator.auth.iam;

import static dev.apigw.simulator.auth.iam.IamFixture.KEY;
import static dev.apigw.simulator.auth.iam.IamFixture.NOW;
import static dev.apigw.simulator.auth.iam.IamFixture.SECRET;
import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.model.project.ApiProject;
import dev.apigw.openapi.project.ProjectLoader;
import dev.apigw.openapi.read.ImportOptions;
import dev.apigw.simulator.Gateway;
import dev.apigw.simulator.Simulator;
import dev.apigw.simulator.SimulatorOptions;
import dev.apigw.simulator.http.HttpRequest;
import dev.apigw.simulator.http.HttpResponse;
import dev.apigw.simulator.server.ApigwServer;
import dev.apigw.simulator.server.ServerSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;

/** AWS_IAM methods: SigV4 verification against apigw.yaml's credentials, and AWS's 403 answers. */
@Timeout(30)
class IamAuthorizerTest {
    static final String OPENAPI = """
            openapi: 3.0.1
            info: { title: iam-test, version: "1" }
            components:
              securitySchemes:
                sigv4:
                  type: apiKey
                  name: Authorization
                  in: header
                  x-amazon-apigateway-authtype: awsSigv4
            paths:
              /items/{id}:
                post:
                  security: [ { sigv4: [] } ]
                  x-amazon-apigateway-integration:
                    type: mock
                    requestTemplates: { application/json: '{"statusCode": 200}' }
                    responses:
                      default:
                        statusCode: "200"
                        responseTemplates:
                          application/json: '{"user": "$context.identity.user", "arn": "$context.identity.userArn", "key": "$context.identity.accessKey", "account": "$context.identity.accountId", "caller": "$context.identity.caller"}'
            """;
    static final String APIGW = """
            definition: openapi.yaml
            credentials:
              - { accessKeyId: AKIDEXAMPLE, secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", user: alice, accountId: "111122223333" }
            """;
    static final String URL = "https://abc123.execute-api.eu-west-1.amazonaws.com/dev/items/7?b=2&a=x%20y";
    static final String BODY = "{\"name\":\"pen\"}";

    @TempDir
    static Path dir;
    static ApiProject project;
    static Simulator simulator;

    @BeforeAll
    static void setUp() throws Exception {
        Files.writeString(dir.resolve("openapi.yaml"), OPENAPI);
        Files.writeString(dir.resolve("apigw.yaml"), APIGW);
        project = new ProjectLoader().load(dir, ImportOptions.defaults()).project();
        simulator = Simulator.create(project, SimulatorOptions.stage("dev").withClock(IamFixture.CLOCK));
    }

    static HttpResponse send(SdkHttpRequest signed) {
        return simulator.invoke(IamFixture.toSimulator(signed, "/items/7", BODY));
    }

    static SdkHttpRequest signed(String secret, Instant at) {
        return IamFixture.sign("POST", URL, BODY, KEY, secret, at,
                Map.of("Content-Type", List.of("application/json")));
    }

    static String body(HttpResponse response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    static String errorType(HttpResponse response) {
        return response.headers().get("x-amzn-ErrorType").get(0);
    }

    @Nested
    class Signatures {
        @Test
        void requestSignedByTheSdkIsAcceptedAndIdentifiesTheUser() {
            HttpResponse response = send(signed(SECRET, NOW.minusSeconds(30)));
            assertThat(response.status()).isEqualTo(200);
            assertThat(body(response)).startsWith("{\"user\": \"AIDA").contains(
                    "\"arn\": \"arn:aws:iam::111122223333:user/alice\"", "\"key\": \"AKIDEXAMPLE\"",
                    "\"account\": \"111122223333\"");
            assertThat(body(response)).contains("\"caller\": \"" + IamAuthorizer.principalId(KEY) + "\"");
        }

        @Test
        void sessionCredentialsSignTheSecurityTokenToo() {
            SdkHttpRequest request = IamFixture.sign("POST", URL, BODY, AwsSessionCredentialsIdentity.create(KEY,
                    SECRET, "session-token-1"), NOW, Map.of());
            assertThat(request.firstMatchingHeader("X-Amz-Security-Token")).contains("session-token-1");
            assertThat(send(request).status()).isEqualTo(200);
        }

        @Test
        void wrongSecretIs403InvalidSignatureWithTheCanonicalStrings() {
            HttpResponse response = send(signed("not-the-secret", NOW));
            assertThat(response.status()).isEqualTo(403);
            assertThat(errorType(response)).isEqualTo("InvalidSignatureException");
            assertThat(body(response)).startsWith("{\"message\":\"The request signature we calculated does not match "
                    + "the signature you provided. Check your AWS Secret Access Key and signing method. Consult the "
                    + "service documentation for details.\\n\\nThe Canonical String for this request should have "
                    + "been\\n'POST\\n/dev/items/7\\na=x%20y&b=2\\n");
            assertThat(body(response)).contains("The String-to-Sign should have been\\n'AWS4-HMAC-SHA256\\n"
                    + "20260301T120000Z\\n20260301/eu-west-1/execute-api/aws4_request\\n");
        }

        @Test
        void changedBodyBreaksTheSignature() {
            HttpRequest tampered = IamFixture.toSimulator(signed(SECRET, NOW), "/items/7", "{\"name\":\"car\"}");
            assertThat(simulator.invoke(tampered).status()).isEqualTo(403);
        }

        @Test
        void unknownAccessKeyIs403SecurityTokenInvalid() {
            SdkHttpRequest request = IamFixture.sign("POST", URL, BODY, "AKIDUNKNOWN", SECRET, NOW, Map.of());
            HttpResponse response = send(request);
            assertThat(response.status()).isEqualTo(403);
            assertThat(body(response)).isEqualTo(
                    "{\"message\":\"The security token included in the request is invalid.\"}");
            assertThat(errorType(response)).isEqualTo("UnrecognizedClientException");
        }

        @Test
        void signatureOlderThanFiveMinutesHasExpired() {
            HttpResponse response = send(signed(SECRET, NOW.minus(Duration.ofMinutes(6))));
            assertThat(response.status()).isEqualTo(403);
            assertThat(body(response)).isEqualTo("{\"message\":\"Signature expired: 20260301T115400Z is now earlier "
                    + "than 20260301T115500Z (20260301T120000Z - 5 min.)\"}");
            assertThat(errorType(response)).isEqualTo("InvalidSignatureException");
        }

        @Test
        void signatureFromTheFutureIsNotYetCurrent() {
            HttpResponse response = send(signed(SECRET, NOW.plus(Duration.ofMinutes(6))));
            assertThat(response.status()).isEqualTo(403);
            assertThat(body(response)).startsWith("{\"message\":\"Signature not yet current: 20260301T120600Z");
        }
    }

    @Nested
    class Headers {
        @Test
        void unsignedRequestIs403MissingAuthenticationToken() {
            HttpResponse response = simulator.invoke(HttpRequest.builder("POST", "/items/7").body(BODY).build());
            assertThat(response.status()).isEqualTo(403);
            assertThat(body(response)).isEqualTo("{\"message\":\"Missing Authentication Token\"}");
            assertThat(errorType(response)).isEqualTo("MissingAuthenticationTokenException");
        }

        @Test
        void bearerTokenIsAnIncompleteSignature() {
            HttpResponse response = simulator.invoke(HttpRequest.builder("POST", "/items/7")
                    .header("Authorization", "eyJhbGciOi").body(BODY).build());
            assertThat(response.status()).isEqualTo(403);
            assertThat(errorType(response)).isEqualTo("IncompleteSignatureException");
            assertThat(body(response)).isEqualTo("{\"message\":\"Authorization header requires 'Credential' "
                    + "parameter. Authorization header requires 'Signature' parameter. Authorization header requires "
                    + "'SignedHeaders' parameter. Authorization header requires existence of either a 'X-Amz-Date' or"
                    + " a 'Date' header. Authorization=eyJhbGciOi\"}");
        }

        @Test
        void valueWithoutEqualSignIsReportedHashed() {
            HttpResponse response = simulator.invoke(HttpRequest.builder("POST", "/items/7")
                    .header("Authorization", "Bearer abc").body(BODY).build());
            assertThat(response.status()).isEqualTo(403);
            assertThat(body(response)).startsWith("{\"message\":\"Invalid key=value pair (missing equal-sign) in "
                    + "Authorization header (hashed with SHA-256 and encoded with Base64): '");
        }
    }

    @Nested
    class RealServer {
        @Test
        void sdkSignedRequestThroughTheServerOnPortZero() throws Exception {
            try (ApigwServer server = ApigwServer.start(new Gateway(project, List.of(SimulatorOptions.stage("dev")
                    .withClock(IamFixture.CLOCK))), new ServerSettings("127.0.0.1", 0))) {
                String url = "http://127.0.0.1:" + server.port() + "/dev/items/7?q=1";
                SdkHttpRequest signed = IamFixture.sign("POST", url, BODY, KEY, SECRET, NOW,
                        Map.of("Content-Type", List.of("application/json")));
                java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(10)).POST(java.net.http.HttpRequest.BodyPublishers.ofString(BODY));
                signed.headers().forEach((name, values) -> {
                    if (!name.equalsIgnoreCase("Host")) {
                        values.forEach(v -> request.header(name, v));
                    }
                });
                java.net.http.HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                assertThat(response.body()).contains("arn:aws:iam::111122223333:user/alice");

                java.net.http.HttpResponse<String> unsigned = HttpClient.newHttpClient().send(
                        java.net.http.HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(BODY)).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
                assertThat(unsigned.statusCode()).isEqualTo(403);
                assertThat(unsigned.body()).isEqualTo("{\"message\":\"Missing Authentication Token\"}");
            }
        }
    }
}
