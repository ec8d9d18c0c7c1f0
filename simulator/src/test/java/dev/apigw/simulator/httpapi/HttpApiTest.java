package dev.apigw.simulator.httpapi;

import static dev.apigw.simulator.TestApis.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import dev.apigw.model.project.ApiProject;
import dev.apigw.simulator.Simulator;
import dev.apigw.simulator.SimulatorOptions;
import dev.apigw.simulator.TestApis;
import dev.apigw.simulator.http.HttpResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** HTTP APIs (v2) end to end: routes, payload formats 2.0 and 1.0, HTTP proxy with parameter mapping, errors. */
@Timeout(60)
class HttpApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static HttpServer backend;
    private static Simulator simulator;

    @BeforeAll
    static void start() throws IOException {
        backend = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        backend.createContext("/", exchange -> {
            ObjectNode seen = JSON.createObjectNode();
            seen.put("method", exchange.getRequestMethod());
            seen.put("uri", exchange.getRequestURI().toString());
            ObjectNode headers = seen.putObject("headers");
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), String.join(",", v)));
            byte[] body = seen.toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("x-path", exchange.getRequestURI().getPath());
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            int status = exchange.getRequestURI().getPath().endsWith("/missing") ? 404 : 200;
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        backend.start();
        ApiProject project = TestApis.load("http-api/apigw.yaml");
        simulator = Simulator.create(project, SimulatorOptions.stage("$default")
                .withStageVariables(Map.of("backend", "127.0.0.1:" + backend.getAddress().getPort()))
                .withWorkingDirectory(TestApis.fixture("http-api/apigw.yaml").getParent()));
    }

    @AfterAll
    static void stop() {
        backend.stop(0);
    }

    private static JsonNode json(HttpResponse response) throws IOException {
        assertThat(response.status()).as(response.bodyText()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    @Nested
    class Routing {
        @Test
        void exactPathBeatsTheDefaultRoute() throws IOException {
            assertThat(json(simulator.invoke(request("GET", "/static/exact").build())).get("routeKey").asText())
                    .isEqualTo("GET /static/exact");
        }

        @Test
        void pathVariableIsMatchedAndDecoded() throws IOException {
            JsonNode event = json(simulator.invoke(request("GET", "/pets/a%20b").build()));
            assertThat(event.get("routeKey").asText()).isEqualTo("GET /pets/{id}");
            assertThat(event.at("/pathParameters/id").asText()).isEqualTo("a b");
        }

        @Test
        void methodWithoutARouteFallsThroughToDefault() throws IOException {
            JsonNode event = json(simulator.invoke(request("DELETE", "/pets/1").build()));
            assertThat(event.get("routeKey").asText()).isEqualTo("$default");
            assertThat(event.has("pathParameters")).isFalse();
        }

        @Test
        void withoutDefaultRouteUnknownPathIs404NotFound() {
            ApiProject project = TestApis.load("http-api/apigw.yaml");
            ApiProject withoutDefault = new ApiProject(project.api().withResources(project.api().resources().stream()
                    .filter(r -> !r.path().contains("$default")).toList()), project.config(), project.definitionFile());
            HttpResponse response = Simulator.create(withoutDefault, SimulatorOptions.stage("$default"))
                    .invoke(request("GET", "/nowhere").build());
            assertThat(response.status()).isEqualTo(404);
            assertThat(response.bodyText()).isEqualTo("{\"message\":\"Not Found\"}");
            assertThat(response.headers()).containsKey("apigw-requestid");
        }
    }

    @Nested
    class PayloadFormat2 {
        @Test
        void eventHasTheDocumentedShape() throws IOException {
            JsonNode e = json(simulator.invoke(request("GET", "/pets/7?a=1&a=2&b=x")
                    .header("X-Multi", "1").header("X-Multi", "2").header("Cookie", "c1=v1; c2=v2")
                    .header("User-Agent", "tests").build()));
            assertThat(e.get("version").asText()).isEqualTo("2.0");
            assertThat(e.get("rawPath").asText()).isEqualTo("/pets/7");
            assertThat(e.get("rawQueryString").asText()).isEqualTo("a=1&a=2&b=x");
            assertThat(e.at("/queryStringParameters/a").asText()).isEqualTo("1,2");
            assertThat(e.at("/headers/x-multi").asText()).isEqualTo("1,2");
            assertThat(e.at("/headers").has("cookie")).isFalse();
            assertThat(e.get("cookies").toString()).isEqualTo("[\"c1=v1\",\"c2=v2\"]");
            assertThat(e.at("/requestContext/http/method").asText()).isEqualTo("GET");
            assertThat(e.at("/requestContext/http/path").asText()).isEqualTo("/pets/7");
            assertThat(e.at("/requestContext/http/userAgent").asText()).isEqualTo("tests");
            assertThat(e.at("/requestContext/stage").asText()).isEqualTo("$default");
            assertThat(e.at("/requestContext/routeKey").asText()).isEqualTo("GET /pets/{id}");
            assertThat(e.get("isBase64Encoded").asBoolean()).isFalse();
            assertThat(e.has("body")).isFalse();
            assertThat(e.has("stageVariables")).isTrue();
        }

        @Test
        void requestIdMatchesTheResponseHeader() throws IOException {
            HttpResponse response = simulator.invoke(request("GET", "/pets/7").build());
            assertThat(json(response).at("/requestContext/requestId").asText())
                    .isEqualTo(response.headers().get("apigw-requestid").get(0));
        }

        @Test
        void binaryBodyIsBase64Encoded() throws IOException {
            JsonNode e = json(simulator.invoke(request("POST", "/other").header("Content-Type", "image/png")
                    .body(new byte[] {1, 2, 3}).build()));
            assertThat(e.get("isBase64Encoded").asBoolean()).isTrue();
            assertThat(e.get("body").asText()).isEqualTo("AQID");
        }

        @Test
        void answerWithoutStatusCodeIsA200JsonResponse() throws IOException {
            HttpResponse response = simulator.invoke(request("POST", "/reply").body("[1, 2]").build());
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.headers().get("Content-Type")).containsExactly("application/json");
        }

        @Test
        void structuredAnswerSetsStatusHeadersAndCookies() {
            HttpResponse response = simulator.invoke(request("POST", "/reply").body(
                    "{\"statusCode\": 201, \"headers\": {\"x-n\": 5}, \"cookies\": [\"a=1\", \"b=2; Secure\"],"
                            + " \"body\": \"made\"}").build());
            assertThat(response.status()).isEqualTo(201);
            assertThat(response.headers().get("x-n")).containsExactly("5");
            assertThat(response.headers().get("Set-Cookie")).containsExactly("a=1", "b=2; Secure");
            assertThat(response.bodyText()).isEqualTo("made");
        }

        @Test
        void unreadableAnswerIs500InternalServerError() {
            HttpResponse response = simulator.invoke(request("POST", "/reply")
                    .body("{\"statusCode\": \"abc\"}").build());
            assertThat(response.status()).isEqualTo(500);
            assertThat(response.bodyText()).isEqualTo("{\"message\":\"Internal Server Error\"}");
        }
    }

    @Nested
    class PayloadFormat1 {
        @Test
        void version1EventKeepsMultiValueMaps() throws IOException {
            HttpResponse response = simulator.invoke(request("POST", "/pets?x=1&x=2").body("{}").build());
            JsonNode e = json(response);
            assertThat(e.get("version").asText()).isEqualTo("1.0");
            assertThat(e.at("/multiValueQueryStringParameters/x").toString()).isEqualTo("[\"1\",\"2\"]");
            assertThat(e.get("httpMethod").asText()).isEqualTo("POST");
        }
    }

    @Nested
    class HttpProxyWithParameterMapping {
        @Test
        void requestParametersAppendOverwriteAndRemove() throws IOException {
            HttpResponse response = simulator.invoke(request("GET", "/backend/a/b?source=client&k=v")
                    .header("X-Secret", "s").header("X-Kept", "k").build());
            JsonNode seen = json(response);
            assertThat(seen.get("uri").asText()).startsWith("/a/b?").contains("source=apigw").contains("k=v");
            assertThat(seen.at("/headers/x-kept").asText()).isEqualTo("k");
            assertThat(seen.at("/headers").has("x-secret")).isFalse();
            assertThat(seen.at("/headers/x-request-id").asText())
                    .isEqualTo(response.headers().get("apigw-requestid").get(0));
        }

        @Test
        void responseParametersApplyForTheBackendStatus() {
            HttpResponse ok = simulator.invoke(request("GET", "/backend/x").build());
            assertThat(ok.headers().get("x-echoed-path")).containsExactly("/x");
            HttpResponse missing = simulator.invoke(request("GET", "/backend/missing").build());
            assertThat(missing.status()).isEqualTo(410);
        }
    }

    @Nested
    class LambdaAuthorizerWithSimpleResponses {
        @Test
        void allowedCallerReachesTheRouteWithTheAuthorizerContext() throws IOException {
            JsonNode e = json(simulator.invoke(request("GET", "/secure").header("Authorization", "allow").build()));
            JsonNode lambda = e.at("/requestContext/authorizer/lambda");
            assertThat(lambda.get("user").asText()).isEqualTo("alice");
            assertThat(lambda.get("type").asText()).isEqualTo("REQUEST");
            assertThat(lambda.get("version").asText()).isEqualTo("2.0");
            assertThat(lambda.get("routeArn").asText()).endsWith("/$default/GET/secure");
        }

        @Test
        void deniedCallerGets403Forbidden() {
            HttpResponse response = simulator.invoke(request("GET", "/secure").header("Authorization", "deny").build());
            assertThat(response.status()).isEqualTo(403);
            assertThat(response.bodyText()).isEqualTo("{\"message\":\"Forbidden\"}");
        }

        @Test
        void missingIdentitySourceIs401WithoutCallingTheFunction() {
            HttpResponse response = simulator.invoke(request("GET", "/secure").build());
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.bodyText()).isEqualTo("{\"message\":\"Unauthorized\"}");
        }

        @Test
        void unauthorizedErrorFromTheFunctionIs401() {
            assertThat(simulator.invoke(request("GET", "/secure").header("Authorization", "unauth").build())
                    .status()).isEqualTo(401);
        }

        @Test
        void unreadableAnswerIs500() {
            HttpResponse response = simulator.invoke(request("GET", "/secure").header("Authorization", "boom").build());
            assertThat(response.status()).isEqualTo(500);
            assertThat(response.bodyText()).isEqualTo("{\"message\":\"Internal Server Error\"}");
        }

        @Test
        void authorizerContextCanBeMappedIntoTheIntegrationRequest() throws IOException {
            JsonNode seen = json(simulator.invoke(request("GET", "/secure/mapped").header("Authorization", "allow")
                    .build()));
            assertThat(seen.at("/headers/x-user").asText()).isEqualTo("alice");
        }
    }
}
