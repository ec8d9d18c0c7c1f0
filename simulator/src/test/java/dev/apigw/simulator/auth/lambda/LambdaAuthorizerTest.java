package dev.apigw.simulator.auth.lambda;

import dev.apigw.simulator.MutableClock;
import static dev.apigw.simulator.TestApis.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apigw.simulator.Simulator;
import dev.apigw.simulator.SimulatorOptions;
import dev.apigw.simulator.TestApis;
import dev.apigw.simulator.http.HttpResponse;
import dev.apigw.simulator.pipeline.Invocation;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Lambda authorizers end to end, with real node functions as the authorizers. */
@Timeout(60)
class LambdaAuthorizerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Simulator SIMULATOR = TestApis.simulator("authorizers/apigw.yaml");
    private static final String API_ID = SIMULATOR.deployment().apiId();
    private static final String ARN_PREFIX = "arn:aws:execute-api:us-east-1:123456789012:" + API_ID + "/dev/";

    private static HttpResponse call(String method, String target, String token) {
        return SIMULATOR.invoke(request(method, target).header("Authorization", token).build());
    }

    private static void assertUnauthorized(HttpResponse response) {
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.bodyText()).isEqualTo("{\"message\":\"Unauthorized\"}");
        assertThat(response.header("x-amzn-ErrorType")).hasValue("UnauthorizedException");
    }

    private static void assertConfigurationError(HttpResponse response) {
        assertThat(response.status()).isEqualTo(500);
        assertThat(response.bodyText()).isEqualTo("{\"message\": null}");
        assertThat(response.header("x-amzn-ErrorType")).hasValue("AuthorizerConfigurationException");
    }

    private static boolean functionCalled(Invocation inv) {
        return inv.trace().toString().contains("Authorizer result body before parsing");
    }

    @Nested
    class TokenAuthorizer {
        @Test
        void allowedPrincipalAndContextReachTheMockTemplate() {
            HttpResponse response = call("GET", "/mock", "allow");
            assertThat(response.status()).as(response.bodyText()).isEqualTo(200);
            assertThat(response.bodyText()).isEqualTo("{\"principal\": \"user-allow\", \"tier\": \"gold\", \"count\": \"3\"}");
        }

        @Test
        void principalMapsToAResponseHeader() {
            assertThat(call("GET", "/mock", "allow").header("X-Principal")).hasValue("user-allow");
        }

        @Test
        void eventIsTypeTokenAndMethodArn() throws Exception {
            Invocation inv = SIMULATOR.execute(request("GET", "/mock").header("Authorization", "allow").build());
            JsonNode event = JSON.readTree((String) inv.authorizer().get("event"));
            assertThat(event.toString()).isEqualTo("{\"type\":\"TOKEN\",\"authorizationToken\":\"allow\","
                    + "\"methodArn\":\"" + ARN_PREFIX + "GET/mock\"}");
        }

        @Test
        void contextValuesAreStringsAndUsageIdentifierKeyIsKept() {
            Invocation inv = SIMULATOR.execute(request("GET", "/mock").header("Authorization", "allow").build());
            assertThat(inv.authorizer()).containsEntry("principalId", "user-allow").containsEntry("tier", "gold")
                    .containsEntry("count", "3").containsEntry("admin", "true").containsKey("integrationLatency");
            assertThat(inv.usageIdentifierKey()).hasValue("key-123");
        }

        @Test
        void proxyEventCarriesTheAuthorizerBlock() throws Exception {
            HttpResponse response = call("POST", "/echo/a/b", "allow");
            assertThat(response.status()).as(response.bodyText()).isEqualTo(200);
            JsonNode authorizer = JSON.readTree(response.body()).at("/requestContext/authorizer");
            assertThat(authorizer.get("principalId").asText()).isEqualTo("user-allow");
            assertThat(authorizer.get("tier").asText()).isEqualTo("gold");
            assertThat(authorizer.get("admin").asText()).isEqualTo("true");
            assertThat(authorizer.get("integrationLatency").isNumber()).isTrue();
            JsonNode event = JSON.readTree(authorizer.get("event").asText());
            assertThat(event.get("methodArn").asText()).isEqualTo(ARN_PREFIX + "POST/echo/a/b");
        }

        @Test
        void missingTokenIs401WithoutCallingTheFunction() {
            Invocation inv = SIMULATOR.execute(request("GET", "/mock").build());
            assertUnauthorized(inv.response().orElseThrow());
            assertThat(functionCalled(inv)).isFalse();
        }

        @Test
        void emptyTokenIs401() {
            assertUnauthorized(call("GET", "/mock", ""));
        }

        @Test
        void functionAnsweringUnauthorizedIs401() {
            assertUnauthorized(call("GET", "/mock", "unauthorized"));
        }

        @Test
        void wildcardResourceAllowsEveryMethod() {
            assertThat(call("GET", "/mock", "wildcard").status()).isEqualTo(200);
            assertThat(call("DELETE", "/echo/x", "wildcard").status()).isEqualTo(200);
        }

        @Test
        void singleStatementObjectWithActionArrayAllows() {
            assertThat(call("GET", "/mock", "single").status()).isEqualTo(200);
        }

        @Test
        void policyWithoutAllowForTheMethodIs403AccessDenied() {
            HttpResponse response = call("GET", "/mock", "elsewhere");
            assertThat(response.status()).isEqualTo(403);
            assertThat(response.bodyText()).isEqualTo("{\"Message\":\"User is not authorized to access this resource\"}");
            assertThat(response.header("x-amzn-ErrorType")).hasValue("AccessDeniedException");
        }

        @Test
        void explicitDenyBeatsAllowAndSaysSo() {
            HttpResponse response = call("GET", "/mock", "deny");
            assertThat(response.status()).isEqualTo(403);
            assertThat(response.bodyText())
                    .isEqualTo("{\"Message\":\"User is not authorized to access this resource with an explicit deny\"}");
            assertThat(response.header("x-amzn-ErrorType")).hasValue("AccessDeniedException");
        }

        @ParameterizedTest
        @ValueSource(strings = {"crash", "nopolicy", "noprincipal", "garbage", "nested"})
        void functionErrorOrMalformedAnswerIs500WithNullMessage(String token) {
            assertConfigurationError(call("GET", "/mock", token));
        }

        @Test
        void unboundAuthorizerFunctionIs500AndTheLogSaysWhatToConfigure() {
            Invocation inv = SIMULATOR.execute(request("GET", "/unbound").header("Authorization", "allow").build());
            assertConfigurationError(inv.response().orElseThrow());
            assertThat(inv.trace().toString()).contains("functions: { nobody: { command: [node, authorizer.js] } }");
        }

        @Test
        void methodWithoutSecurityDoesNotCallTheAuthorizer() {
            Invocation inv = SIMULATOR.execute(request("GET", "/open").build());
            assertThat(inv.response().orElseThrow().status()).isEqualTo(200);
            assertThat(inv.authorizer()).isEmpty();
        }
    }

    @Nested
    class ValidationExpression {
        @Test
        void tokenNotMatchingIs401WithoutCallingTheFunction() {
            Invocation inv = SIMULATOR.execute(request("GET", "/validated").header("Authorization", "wildcard")
                    .build());
            assertUnauthorized(inv.response().orElseThrow());
            assertThat(functionCalled(inv)).isFalse();
        }

        @Test
        void matchingTokenCallsTheFunction() {
            assertThat(call("GET", "/validated", "allow").status()).isEqualTo(200);
            assertConfigurationError(call("GET", "/validated", "crash"));
        }
    }

    @Nested
    class RequestAuthorizer {
        private HttpResponse send(String target, String team) {
            return SIMULATOR.invoke(request("GET", target).header("X-Team", team).header("X-Other", "1").build());
        }

        @Test
        void eventCarriesTheRequestAsAwsSendsIt() throws Exception {
            HttpResponse response = send("/request/42?user=alice&user=ann&x=1", "blue");
            assertThat(response.status()).as(response.bodyText()).isEqualTo(200);
            JsonNode authorizer = JSON.readTree(response.body()).at("/requestContext/authorizer");
            assertThat(authorizer.get("principalId").asText()).isEqualTo("ann");
            JsonNode event = JSON.readTree(authorizer.get("event").asText());
            assertThat(event.fieldNames()).toIterable().containsExactly("type", "methodArn", "resource", "path",
                    "httpMethod", "headers", "multiValueHeaders", "queryStringParameters",
                    "multiValueQueryStringParameters", "pathParameters", "stageVariables", "requestContext");
            assertThat(event.get("type").asText()).isEqualTo("REQUEST");
            assertThat(event.get("methodArn").asText()).isEqualTo(ARN_PREFIX + "GET/request/42");
            assertThat(event.get("resource").asText()).isEqualTo("/request/{id}");
            assertThat(event.get("path").asText()).isEqualTo("/request/42");
            assertThat(event.get("httpMethod").asText()).isEqualTo("GET");
            assertThat(event.at("/headers/X-Team").asText()).isEqualTo("blue");
            assertThat(event.at("/multiValueQueryStringParameters/user").toString()).isEqualTo("[\"alice\",\"ann\"]");
            assertThat(event.at("/queryStringParameters/user").asText()).isEqualTo("ann");
            assertThat(event.at("/pathParameters/id").asText()).isEqualTo("42");
            assertThat(event.at("/stageVariables/realm").asText()).isEqualTo("staff");
            assertThat(event.at("/requestContext/resourcePath").asText()).isEqualTo("/request/{id}");
            assertThat(event.at("/requestContext/apiId").asText()).isEqualTo(API_ID);
            assertThat(event.at("/requestContext/authorizer").isMissingNode()).isTrue();
            assertThat(event.has("body")).isFalse();
        }

        @Test
        void anyMissingIdentitySourceIs401WithoutCallingTheFunction() {
            Invocation noHeader = SIMULATOR.execute(request("GET", "/request/1?user=alice").build());
            assertUnauthorized(noHeader.response().orElseThrow());
            assertThat(functionCalled(noHeader)).isFalse();
            assertUnauthorized(send("/request/1", "blue"));
        }

        @Test
        void missingStageVariableSourceIs401() {
            Simulator noRealm = Simulator.create(TestApis.load("authorizers/apigw.yaml"),
                    SimulatorOptions.stage("other").withWorkingDirectory(fixtureDir()));
            assertUnauthorized(noRealm.invoke(request("GET", "/request/1?user=a").header("X-Team", "b").build()));
        }

        @Test
        void functionAnsweringUnauthorizedIs401() {
            assertUnauthorized(send("/request/1?user=nobody", "blue"));
        }

        @Test
        void cachingWithoutIdentitySourcesIsAConfigurationError() {
            Invocation inv = SIMULATOR.execute(request("GET", "/request-cached").build());
            assertConfigurationError(inv.response().orElseThrow());
            assertThat(inv.trace().toString()).contains("needs at least one identity source");
        }
    }

    @Nested
    class ResultCache {
        private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        private final Simulator simulator = Simulator.create(TestApis.load("authorizers/apigw.yaml"),
                SimulatorOptions.stage("dev").withWorkingDirectory(fixtureDir()).withClock(clock));

        private Invocation call(String target, String token) {
            return simulator.execute(request("GET", target).header("X-Token", token).build());
        }

        @Test
        void secondCallWithinTheTtlUsesTheCachedResult() {
            Invocation first = call("/cached/1", "wildcard");
            Invocation second = call("/cached/2", "wildcard");
            assertThat(first.response().orElseThrow().status()).isEqualTo(200);
            assertThat(functionCalled(first)).isTrue();
            assertThat(second.response().orElseThrow().status()).isEqualTo(200);
            assertThat(functionCalled(second)).isFalse();
            assertThat(second.response().orElseThrow().bodyText())
                    .isEqualTo("{\"principal\": \"user-wild\", \"latency\": \"0\"}");
        }

        @Test
        void cachedPolicyWithoutTheNextMethodsArnDeniesIt() {
            assertThat(call("/cached/1", "question").response().orElseThrow().status()).isEqualTo(200);
            Invocation other = call("/cached/22", "question");
            assertThat(functionCalled(other)).isFalse();
            assertThat(other.response().orElseThrow().status()).isEqualTo(403);
        }

        @Test
        void expiresAfterTheDefaultTtlOf300Seconds() {
            call("/cached/1", "wildcard");
            clock.advance(Duration.ofSeconds(299));
            assertThat(functionCalled(call("/cached/1", "wildcard"))).isFalse();
            clock.advance(Duration.ofSeconds(1));
            assertThat(functionCalled(call("/cached/1", "wildcard"))).isTrue();
        }

        @Test
        void differentTokensAreCachedSeparately() {
            call("/cached/1", "wildcard");
            Invocation denied = call("/cached/1", "deny");
            assertThat(functionCalled(denied)).isTrue();
            assertThat(denied.response().orElseThrow().status()).isEqualTo(403);
        }

        @Test
        void cacheSurvivesHotReload() {
            call("/cached/1", "wildcard");
            Simulator reloaded = simulator.rebuild(TestApis.load("authorizers/apigw.yaml"));
            Invocation inv = reloaded.execute(request("GET", "/cached/1").header("X-Token", "wildcard").build());
            assertThat(functionCalled(inv)).isFalse();
        }

        @Test
        void ttlZeroCallsTheFunctionEveryTime() {
            Simulator s = simulator;
            s.execute(request("GET", "/mock").header("Authorization", "wildcard").build());
            Invocation again = s.execute(request("GET", "/mock").header("Authorization", "wildcard").build());
            assertThat(functionCalled(again)).isTrue();
        }
    }

    private static Path fixtureDir() {
        return TestApis.fixture("authorizers/apigw.yaml").getParent();
    }

}
