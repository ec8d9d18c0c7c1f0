package dev.apigw.simulator.aws;

import static dev.apigw.simulator.TestApis.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.model.project.ApiProject;
import dev.apigw.model.project.ProjectConfig;
import dev.apigw.simulator.MutableClock;
import dev.apigw.simulator.Simulator;
import dev.apigw.simulator.SimulatorOptions;
import dev.apigw.simulator.TestApis;
import dev.apigw.simulator.http.HttpRequest;
import dev.apigw.simulator.http.HttpResponse;
import dev.apigw.simulator.pipeline.Invocation;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The integration's {@code credentials} end to end: a role ARN is assumed through a real local STS endpoint and the
 * call to a real local service endpoint is signed with the temporary credentials; the caller's keys pass through
 * for {@code arn:aws:iam::*:user/*}; without STS or a caller identity the project's keys sign and the log says so.
 */
@Timeout(20)
class AssumedRoleIntegrationTest {
    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    private static final String CALLER_SECRET = "callerSecret/K7MDENG+bPxRfiCYEXAMPLEKEY";
    private static final String ROLE = "arn:aws:iam::123456789012:role/apigw-dynamodb";
    private static final Instant START = Instant.parse("2026-03-01T12:00:00Z");

    private final MutableClock clock = new MutableClock(START);
    private final ApiProject loaded = TestApis.load("aws-role/apigw.yaml");
    private FakeStsEndpoint sts;
    private FakeServiceEndpoint service;

    @BeforeEach
    void start() throws IOException {
        sts = new FakeStsEndpoint("AKIDEXAMPLE", SECRET).expiring(START.plus(Duration.ofHours(1)));
        service = new FakeServiceEndpoint(key -> key.startsWith("ASIAFAKE") ? FakeStsEndpoint.TEMPORARY_SECRET
                : key.equals("AKIDEXAMPLE") ? SECRET : key.equals("AKIDCALLER") ? CALLER_SECRET : null);
    }

    @AfterEach
    void stop() {
        sts.close();
        service.close();
    }

    private ApiProject project(Map<String, String> endpoints) {
        ProjectConfig c = loaded.config();
        ProjectConfig pointed = new ProjectConfig(c.definition(), c.type(), c.parameters(), c.stages(), c.apiKeys(),
                c.usagePlans(), c.functions(), c.credentials(), endpoints);
        return new ApiProject(loaded.api(), pointed, loaded.definitionFile());
    }

    private Simulator simulator(Map<String, String> endpoints) {
        return Simulator.create(project(endpoints), SimulatorOptions.stage("dev").withClock(clock));
    }

    private Simulator withSts() {
        return simulator(Map.of("dynamodb", service.url(), "sts", sts.url()));
    }

    private static HttpRequest post(String path) {
        return request("POST", path).header("Content-Type", "application/json").body("{}").build();
    }

    @Nested
    class RoleArn {
        @Test
        void signsTheServiceCallWithTheRolesTemporaryCredentialsAndSessionToken() {
            HttpResponse response = withSts().invoke(post("/role"));

            FakeServiceEndpoint.Received got = service.last();
            assertThat(response.status()).isEqualTo(200);
            assertThat(got.header("Authorization")).matches("AWS4-HMAC-SHA256 Credential="
                    + FakeStsEndpoint.temporaryKey(1) + "/20260301/eu-west-1/dynamodb/aws4_request, "
                    + "SignedHeaders=[a-z0-9;-]*x-amz-security-token[a-z0-9;-]*, Signature=[0-9a-f]{64}");
            assertThat(got.header("X-Amz-Security-Token")).isEqualTo(FakeStsEndpoint.SESSION_TOKEN);
            assertThat(got.signatureValid()).as("signature recomputed with the temporary secret").isTrue();
        }

        @Test
        void callsStsAssumeRoleSignedWithTheProjectCredentials() {
            Simulator simulator = withSts();
            simulator.invoke(post("/role"));

            FakeStsEndpoint.Call call = sts.last();
            assertThat(call.form()).containsExactly(Map.entry("Action", "AssumeRole"), Map.entry("RoleArn", ROLE),
                    Map.entry("RoleSessionName", "AmazonAPIGateway_" + simulator.deployment().apiId()),
                    Map.entry("Version", "2011-06-15"));
            assertThat(call.authorization()).contains("Credential=AKIDEXAMPLE/20260301/eu-west-1/sts/aws4_request");
            assertThat(call.signatureValid()).isTrue();
        }

        @Test
        void assumesTheRoleOnceForTwoRequests() {
            Simulator simulator = withSts();
            simulator.invoke(post("/role"));
            simulator.invoke(post("/role"));

            assertThat(sts.calls()).isEqualTo(1);
            assertThat(service.last().header("Authorization")).contains(FakeStsEndpoint.temporaryKey(1));
            assertThat(service.last().signatureValid()).isTrue();
        }

        @Test
        void assumesTheRoleAgainFiveMinutesBeforeTheCredentialsExpire() {
            Simulator simulator = withSts();
            simulator.invoke(post("/role"));
            clock.advance(Duration.ofMinutes(54).plusSeconds(59));
            simulator.invoke(post("/role"));
            assertThat(sts.calls()).isEqualTo(1);

            clock.advance(Duration.ofSeconds(1));
            simulator.invoke(post("/role"));

            assertThat(sts.calls()).isEqualTo(2);
            assertThat(service.last().header("Authorization")).contains(FakeStsEndpoint.temporaryKey(2));
        }

        @Test
        void keepsTheTemporaryCredentialsAcrossAHotReload() {
            Simulator simulator = withSts();
            simulator.invoke(post("/role"));
            Simulator reloaded = simulator.rebuild(project(Map.of("dynamodb", service.url(), "sts", sts.url())));
            reloaded.invoke(post("/role"));

            assertThat(sts.calls()).isEqualTo(1);
            assertThat(service.last().header("Authorization")).contains(FakeStsEndpoint.temporaryKey(1));
        }

        @Test
        void substitutesStageVariablesInTheRoleArn() {
            withSts().invoke(post("/staged-role"));

            assertThat(sts.last().form()).containsEntry("RoleArn", "arn:aws:iam::123456789012:role/apigw-pets-table");
            assertThat(service.last().header("X-Amz-Security-Token")).isEqualTo(FakeStsEndpoint.SESSION_TOKEN);
        }

        @Test
        void theExecutionLogSaysWhichRoleSigned() {
            Invocation inv = withSts().execute(post("/role"));

            assertThat(inv.trace().toString())
                    .contains("Assumed role " + ROLE + " (session AmazonAPIGateway_")
                    .contains("temporary access key " + FakeStsEndpoint.temporaryKey(1) + ", expiring "
                            + START.plus(Duration.ofHours(1)))
                    .contains("signed (SigV4, eu-west-1) with the temporary credentials of role " + ROLE)
                    .doesNotContain(FakeStsEndpoint.TEMPORARY_SECRET)
                    .doesNotContain(FakeStsEndpoint.SESSION_TOKEN);
        }
    }

    @Nested
    class RoleNotAssumed {
        @Test
        void answers500InternalServerErrorWhenStsRefuses() {
            sts.refuse();
            Invocation inv = withSts().execute(post("/role"));

            HttpResponse response = inv.response().orElseThrow();
            assertThat(response.status()).isEqualTo(500);
            assertThat(response.bodyText()).isEqualTo("{\"message\": \"Internal server error\"}");
            assertThat(response.header("x-amzn-ErrorType")).hasValue("InternalServerErrorException");
            assertThat(inv.trace().toString())
                    .contains("Execution failed due to configuration error: API Gateway does not have permission "
                            + "to assume the provided role " + ROLE)
                    .contains("STS answered 403 AccessDenied: User: arn:aws:iam::123456789012:user/apigw-local is "
                            + "not authorized to perform: sts:AssumeRole on resource: " + ROLE);
            assertThat(service.last()).as("the service is not called").isNull();
        }

        @Test
        void aRefusalIsNotCached() {
            Simulator simulator = withSts();
            sts.refuse();
            simulator.invoke(post("/role"));
            simulator.invoke(post("/role"));

            assertThat(sts.calls()).isEqualTo(2);
        }

        @Test
        void answers500InternalServerErrorWhenStsIsUnreachable() throws IOException {
            Invocation inv = simulator(Map.of("dynamodb", service.url(), "sts", "http://127.0.0.1:" + closedPort()))
                    .execute(post("/role"));

            HttpResponse response = inv.response().orElseThrow();
            assertThat(response.status()).isEqualTo(500);
            assertThat(response.bodyText()).isEqualTo("{\"message\": \"Internal server error\"}");
            assertThat(inv.trace().toString())
                    .contains("API Gateway does not have permission to assume the provided role " + ROLE)
                    .contains("could not reach the sts endpoint");
            assertThat(service.last()).isNull();
        }

        @Test
        void answers500WhenTheStsEndpointIsNotAUrl() {
            Invocation inv = simulator(Map.of("dynamodb", service.url(), "sts", "localhost-sts"))
                    .execute(post("/role"));

            assertThat(inv.response().orElseThrow().status()).isEqualTo(500);
            assertThat(inv.trace().toString()).contains("serviceEndpoints.sts 'localhost-sts' is not a URL");
        }

        private static int closedPort() throws IOException {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            }
        }
    }

    @Nested
    class WithoutStsEndpoint {
        @Test
        void signsWithTheProjectCredentialsAndTheLogSaysTheRoleWasNotAssumed() {
            Invocation inv = simulator(Map.of("dynamodb", service.url())).execute(post("/role"));

            assertThat(inv.response().orElseThrow().status()).isEqualTo(200);
            assertThat(service.last().header("Authorization")).contains("Credential=AKIDEXAMPLE/");
            assertThat(service.last().header("X-Amz-Security-Token")).isNull();
            assertThat(service.last().signatureValid()).isTrue();
            assertThat(inv.trace().toString()).contains("role " + ROLE + " not assumed: no sts endpoint configured "
                    + "(serviceEndpoints.sts); signed with the project's credentials (the project file's first "
                    + "credentials entry)");
            assertThat(sts.calls()).isZero();
        }
    }

    @Nested
    class CallerCredentials {
        @Test
        void signsWithTheCallersOwnKeysOnAnAwsIamMethod() {
            Invocation inv = withSts().execute(signedByCaller("/caller"));

            assertThat(inv.response().orElseThrow().status()).isEqualTo(200);
            assertThat(service.last().header("Authorization")).contains("Credential=AKIDCALLER/");
            assertThat(service.last().header("X-Amz-Security-Token")).isNull();
            assertThat(service.last().signatureValid()).isTrue();
            assertThat(inv.trace().toString()).contains("with the caller's credentials (access key AKIDCALLER, "
                    + "arn:aws:iam::*:user/*)");
            assertThat(sts.calls()).isZero();
        }

        @Test
        void fallsBackToTheProjectCredentialsWhenTheMethodIsNotAwsIam() {
            Invocation inv = withSts().execute(post("/caller-open"));

            assertThat(inv.response().orElseThrow().status()).isEqualTo(200);
            assertThat(service.last().header("Authorization")).contains("Credential=AKIDEXAMPLE/");
            assertThat(inv.trace().toString()).contains("credentials arn:aws:iam::*:user/* passes the caller's "
                    + "credentials through, but the method is not AWS_IAM-authorized");
        }

        /** A SigV4-signed call to an AWS_IAM method, as an SDK with the AKIDCALLER keys would make it. */
        private HttpRequest signedByCaller(String path) {
            String amzDate = "20260301T120000Z";
            Map<String, List<String>> headers = new LinkedHashMap<>();
            headers.put("Content-Type", List.of("application/json"));
            headers.put("Host", List.of("127.0.0.1:3000"));
            headers.put("X-Amz-Date", List.of(amzDate));
            byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
            String signature = SigV4Reference.signature("POST", "/dev" + path, "", headers,
                    List.of("content-type", "host", "x-amz-date"), body, CALLER_SECRET, amzDate, "us-east-1",
                    "execute-api");
            HttpRequest.Builder request = request("POST", path).body(body).header("Authorization",
                    "AWS4-HMAC-SHA256 Credential=AKIDCALLER/20260301/us-east-1/execute-api/aws4_request, "
                            + "SignedHeaders=content-type;host;x-amz-date, Signature=" + signature);
            headers.forEach((k, v) -> request.header(k, v.get(0)));
            return request.build();
        }
    }

    @Nested
    class WithoutCredentials {
        @Test
        void signsWithTheProjectCredentialsWithoutCallingSts() {
            withSts().invoke(post("/resource-based"));

            assertThat(service.last().header("Authorization")).contains("Credential=AKIDEXAMPLE/");
            assertThat(service.last().signatureValid()).isTrue();
            assertThat(sts.calls()).isZero();
        }
    }
}
