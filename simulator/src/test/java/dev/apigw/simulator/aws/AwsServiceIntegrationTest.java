package dev.apigw.simulator.aws;

import static dev.apigw.simulator.TestApis.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.model.project.ApiProject;
import dev.apigw.model.project.ProjectConfig;
import dev.apigw.simulator.Simulator;
import dev.apigw.simulator.SimulatorOptions;
import dev.apigw.simulator.TestApis;
import dev.apigw.simulator.http.HttpResponse;
import dev.apigw.simulator.pipeline.Invocation;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** AWS service integrations end to end: the simulator signs and sends to a real local endpoint. */
@Timeout(20)
class AwsServiceIntegrationTest {
    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    private static final String AMZ_DATE = "\\d{8}T\\d{6}Z";
    private static FakeServiceEndpoint endpoint;
    private static Simulator simulator;

    @BeforeAll
    static void start() throws Exception {
        endpoint = new FakeServiceEndpoint(SECRET);
        ApiProject loaded = TestApis.load("aws-service/apigw.yaml");
        ProjectConfig c = loaded.config();
        ProjectConfig pointed = new ProjectConfig(c.definition(), c.type(), c.parameters(), c.stages(), c.apiKeys(),
                c.usagePlans(), c.functions(), c.credentials(),
                Map.of("dynamodb", endpoint.url(), "sqs", endpoint.url() + "/"));
        simulator = Simulator.create(new ApiProject(loaded.api(), pointed, loaded.definitionFile()),
                SimulatorOptions.stage("dev"));
    }

    @AfterAll
    static void stop() {
        endpoint.close();
    }

    @Nested
    class DynamoDbAction {
        @Test
        void postsTheRenderedInputWithTheTargetAndJsonContentType() {
            HttpResponse response = simulator.invoke(request("POST", "/pets")
                    .body("{\"table\": \"pets\", \"id\": \"7\"}").build());
            FakeServiceEndpoint.Received got = endpoint.last();
            assertThat(got.method()).isEqualTo("POST");
            assertThat(got.rawPath()).isEqualTo("/");
            assertThat(got.rawQuery()).isNull();
            assertThat(got.header("X-Amz-Target")).isEqualTo("DynamoDB_20120810.PutItem");
            assertThat(got.header("Content-Type")).isEqualTo("application/x-amz-json-1.0");
            assertThat(got.bodyText()).isEqualTo("{\"TableName\": \"pets\", \"Item\": {\"id\": {\"S\": \"7\"}}}");
            assertThat(response.status()).isEqualTo(201);
            assertThat(response.bodyText()).isEqualTo("{\"stored\": true}");
        }

        @Test
        void signsWithTheProjectCredentialsForTheUriRegionAndService() {
            simulator.invoke(request("POST", "/pets").body("{\"table\": \"pets\", \"id\": \"8\"}").build());
            FakeServiceEndpoint.Received got = endpoint.last();
            assertThat(got.header("X-Amz-Date")).matches(AMZ_DATE);
            assertThat(got.header("Authorization")).matches("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/\\d{8}/"
                    + "eu-west-1/dynamodb/aws4_request, SignedHeaders=[a-z0-9;-]*x-amz-target[a-z0-9;-]*, "
                    + "Signature=[0-9a-f]{64}");
            assertThat(got.header("Authorization")).contains("content-type;host;");
            assertThat(got.signatureValid()).as("signature recomputed by the endpoint").isTrue();
            assertThat(got.header("User-Agent")).startsWith("AmazonAPIGateway_");
            assertThat(got.header("X-Amzn-Apigateway-Api-Id")).isNull();
        }

        @Test
        void selectsTheIntegrationResponseByTheServiceStatus() {
            HttpResponse response = simulator.invoke(request("POST", "/pets")
                    .body("{\"table\": \"missing\", \"id\": \"1\"}").build());
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.bodyText()).isEqualTo("{\"error\": \"Requested resource not found\"}");
        }
    }

    @Nested
    class SqsPath {
        @Test
        void postsTheMappedFormBodyToTheQueuePath() {
            HttpResponse response = simulator.invoke(request("POST", "/orders").body("{\"n\": 1}").build());
            FakeServiceEndpoint.Received got = endpoint.last();
            assertThat(got.rawPath()).isEqualTo("/123456789012/orders");
            assertThat(got.header("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
            assertThat(got.header("X-Amz-Target")).isNull();
            assertThat(got.bodyText()).isEqualTo("Action=SendMessage&MessageBody=%7B%22n%22%3A+1%7D");
            assertThat(got.header("Authorization")).contains("/eu-west-1/sqs/aws4_request");
            assertThat(got.signatureValid()).isTrue();
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.header("X-Queue-Request")).hasValue("fake-request-1");
        }
    }

    @Nested
    class QueryProtocolAction {
        @Test
        void sendsTheActionAndItsParametersInTheQueryString() {
            simulator.invoke(request("POST", "/notify?message=hello world").build());
            FakeServiceEndpoint.Received got = endpoint.last();
            assertThat(got.rawPath()).isEqualTo("/");
            assertThat(got.rawQuery()).isEqualTo(
                    "Action=SendMessage&QueueUrl=http%3A%2F%2Fsqs%2F123456789012%2Forders&MessageBody=hello%20world");
            assertThat(got.signatureValid()).isTrue();
        }
    }

    @Nested
    class WithoutEndpoint {
        @Test
        void answers500InternalServerErrorAndTheLogSaysWhatToAdd() {
            Invocation inv = simulator.execute(request("POST", "/topic").body("{}").build());
            HttpResponse response = inv.response().orElseThrow();
            assertThat(response.status()).isEqualTo(500);
            assertThat(response.bodyText()).isEqualTo("{\"message\": \"Internal server error\"}");
            assertThat(inv.trace().toString()).contains("no local endpoint for the AWS service 'sns'")
                    .contains("serviceEndpoints:\n    sns: http://127.0.0.1:4566");
        }
    }
}
