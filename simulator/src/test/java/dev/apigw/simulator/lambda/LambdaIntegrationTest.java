package dev.apigw.simulator.lambda;

import static dev.apigw.simulator.TestApis.get;
import static dev.apigw.simulator.TestApis.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apigw.simulator.Simulator;
import dev.apigw.simulator.TestApis;
import dev.apigw.simulator.http.HttpResponse;
import dev.apigw.simulator.pipeline.Invocation;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(30)
class LambdaIntegrationTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Simulator SIMULATOR = TestApis.simulator("lambda/apigw.yaml");

    private static JsonNode event(HttpResponse response) throws Exception {
        assertThat(response.status()).as(response.bodyText()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static HttpResponse reply(String lambdaResponse) {
        return SIMULATOR.invoke(request("POST", "/reply").body(lambdaResponse).build());
    }

    @Nested
    class ProxyEvent {
        @Test
        void absentPartsAreNullNotEmpty() throws Exception {
            JsonNode e = event(SIMULATOR.invoke(get("/echo/x")));
            for (String key : List.of("headers", "multiValueHeaders", "queryStringParameters",
                    "multiValueQueryStringParameters", "body")) {
                assertThat(e.get(key).isNull()).as(key).isTrue();
            }
            assertThat(e.get("isBase64Encoded").asBoolean()).isFalse();
        }

        @Test
        void carriesResourcePathMethodAndStage() throws Exception {
            JsonNode e = event(SIMULATOR.invoke(request("PATCH", "/echo/a/b/").build()));
            assertThat(e.get("resource").asText()).isEqualTo("/echo/{proxy+}");
            assertThat(e.get("path").asText()).isEqualTo("/echo/a/b/");
            assertThat(e.get("httpMethod").asText()).isEqualTo("PATCH");
            // AWS leaves the trailing slash out of the greedy value, not out of the path.
            assertThat(e.at("/pathParameters/proxy").asText()).isEqualTo("a/b");
            assertThat(e.at("/stageVariables/fn").asText()).isEqualTo("echo");
            assertThat(e.at("/requestContext/stage").asText()).isEqualTo("dev");
            assertThat(e.at("/requestContext/path").asText()).isEqualTo("/dev/echo/a/b/");
            assertThat(e.at("/requestContext/resourcePath").asText()).isEqualTo("/echo/{proxy+}");
            assertThat(e.at("/requestContext/identity/sourceIp").asText()).isEqualTo("127.0.0.1");
            assertThat(e.at("/requestContext/identity/caller").isNull()).isTrue();
        }

        @Test
        void pathIsNotUrlDecodedButQueryValuesAre() throws Exception {
            JsonNode e = event(SIMULATOR.invoke(get("/echo/a+b%2Bc?q=x%2By&q=2")));
            assertThat(e.get("path").asText()).isEqualTo("/echo/a+b%2Bc");
            assertThat(e.at("/pathParameters/proxy").asText()).isEqualTo("a+b%2Bc");
            assertThat(e.at("/queryStringParameters/q").asText()).isEqualTo("2");
            assertThat(e.at("/multiValueQueryStringParameters/q").toString()).isEqualTo("[\"x+y\",\"2\"]");
        }

        @Test
        void headerNamesKeepTheirCaseAndRepeatedOnesAreMultiValued() throws Exception {
            JsonNode e = event(SIMULATOR.invoke(request("GET", "/echo/x").header("X-MiXeD", "1")
                    .header("X-MiXeD", "2").build()));
            assertThat(e.at("/headers/X-MiXeD").asText()).isEqualTo("2");
            assertThat(e.at("/multiValueHeaders/X-MiXeD").toString()).isEqualTo("[\"1\",\"2\"]");
        }

        @Test
        void binaryBodyIsBase64Encoded() throws Exception {
            JsonNode e = event(SIMULATOR.invoke(request("POST", "/echo/x").header("Content-Type", "image/png")
                    .body(new byte[] {(byte) 0x89, 'P', 'N', 'G'}).build()));
            assertThat(e.get("isBase64Encoded").asBoolean()).isTrue();
            assertThat(e.get("body").asText()).isEqualTo("iVBORw==");
        }

        @Test
        void stageVariableSelectsTheFunction() {
            Simulator other = TestApis.simulator("lambda/apigw.yaml", java.util.Map.of("fn", "nobody"));
            Invocation inv = other.execute(get("/echo/x"));
            assertThat(inv.response().orElseThrow().status()).isEqualTo(500);
            assertThat(inv.trace().toString()).contains("no local binding for Lambda function nobody");
        }
    }

    @Nested
    class ProxyResponse {
        @Test
        void statusAloneIsAnEmptyResponse() {
            HttpResponse response = reply("{\"statusCode\": 204}");
            assertThat(response.status()).isEqualTo(204);
            assertThat(response.bodyText()).isEmpty();
        }

        @Test
        void nonPostIntegrationMethodIsAConfigurationErrorAndTheFunctionIsNotCalled() {
            Invocation inv = SIMULATOR.execute(request("POST", "/get-method").body("{\"statusCode\": 200}").build());
            assertThat(inv.response().orElseThrow().status()).isEqualTo(500);
            assertThat(inv.trace().toString()).contains("can only be invoked with the integration httpMethod POST, not GET")
                    .doesNotContain("Endpoint response body before transformations");
        }

        @Test
        void missingStatusIs200() {
            HttpResponse response = reply("{\"body\": \"no status\"}");
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.bodyText()).isEqualTo("no status");
        }

        @Test
        void numericStringStatusIsAccepted() {
            assertThat(reply("{\"statusCode\": \"201\", \"body\": \"made\"}").status()).isEqualTo(201);
        }

        @Test
        void headersAreStringifiedAndMergedAfterMultiValueHeaders() {
            HttpResponse response = SIMULATOR.invoke(get("/echo/x"));
            assertThat(response.headers().get("X-Number")).containsExactly("6", "7");
            assertThat(response.headers().get("X-Multi")).containsExactly("a", "b");
            assertThat(response.header("X-Amzn-Trace-Id")).isPresent();
        }

        @ParameterizedTest
        @ValueSource(strings = {"{\"statusCode\": 200, \"extra\": 1}", "{\"statusCode\": \"abc\"}",
            "{\"statusCode\": 200, \"multiValueHeaders\": {\"a\": \"b\"}}", "\"just a string\"",
            "{\"statusCode\": 200, \"body\": {\"a\": 1}}", "not json"})
        void malformedResponseIs502InternalServerError(String lambdaResponse) {
            HttpResponse response = reply(lambdaResponse);
            assertThat(response.status()).isEqualTo(502);
            assertThat(response.bodyText()).isEqualTo("{\"message\": \"Internal server error\"}");
            assertThat(response.header("x-amzn-ErrorType")).hasValue("InternalServerErrorException");
        }

        @Test
        void base64BodyIsDecodedOnlyWhenAcceptIsBinary() {
            String lambda = "{\"statusCode\": 200, \"isBase64Encoded\": true, \"body\": \"aGk=\"}";
            assertThat(reply(lambda).bodyText()).isEqualTo("aGk=");
            HttpResponse decoded = SIMULATOR.invoke(request("POST", "/reply").header("Accept", "image/png")
                    .body(lambda).build());
            assertThat(decoded.bodyText()).isEqualTo("hi");
        }

        @Test
        void unboundFunctionIs500AndTheLogSaysWhatToConfigure() {
            Invocation inv = SIMULATOR.execute(get("/unbound"));
            assertThat(inv.response().orElseThrow().status()).isEqualTo(500);
            assertThat(inv.trace().toString()).contains("functions: { nobody: { runtime: nodejs20.x, handler: app.handler, codeUri: src/ } }");
        }

        @Test
        void functionTimeoutIsAFunctionErrorSo502() {
            assertThat(SIMULATOR.invoke(get("/slow")).status()).isEqualTo(502);
        }

        @Test
        void integrationTimeoutIs504() {
            HttpResponse response = SIMULATOR.invoke(get("/slow-gateway"));
            assertThat(response.status()).isEqualTo(504);
            assertThat(response.bodyText()).isEqualTo("{\"message\": \"Endpoint request timed out\"}");
        }
    }

    @Nested
    class NonProxyLambda {
        @Test
        void successSelectsTheDefaultResponseAndPassesThePayload() {
            HttpResponse response = SIMULATOR.invoke(request("POST", "/custom?mode=fine").build());
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.bodyText()).isEqualTo("{\"ok\":true,\"mode\":\"fine\"}");
        }

        @Test
        void errorMessageSelectsTheIntegrationResponse() {
            HttpResponse response = SIMULATOR.invoke(request("POST", "/custom?mode=missing").build());
            assertThat(response.status()).isEqualTo(404);
            assertThat(response.bodyText()).isEqualTo("{\"error\": \"item not found\"}");
        }

        @Test
        void unmatchedErrorGoesThroughTheDefaultResponseAs200() {
            HttpResponse response = SIMULATOR.invoke(request("POST", "/custom?mode=boom").build());
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.bodyText()).contains("\"errorMessage\":\"boom\"");
        }

        @Test
        void awsServiceIntegrationWithoutEndpointIs500AndTheLogSaysWhy() {
            Invocation inv = SIMULATOR.execute(request("POST", "/sqs").body("{}").build());
            assertThat(inv.response().orElseThrow().status()).isEqualTo(500);
            assertThat(inv.response().orElseThrow().bodyText()).isEqualTo("{\"message\": \"Internal server error\"}");
            assertThat(inv.trace().toString()).contains("no local endpoint for the AWS service 'sqs'")
                    .contains("serviceEndpoints:");
        }
    }
}
