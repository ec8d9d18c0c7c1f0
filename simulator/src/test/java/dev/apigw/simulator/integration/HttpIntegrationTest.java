package dev.apigw.simulator.integration;

import static dev.apigw.simulator.TestApis.get;
import static dev.apigw.simulator.TestApis.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apigw.simulator.Simulator;
import dev.apigw.simulator.TestApis;
import dev.apigw.simulator.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(20)
class HttpIntegrationTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestBackend backend;
    private static Simulator simulator;

    @BeforeAll
    static void start() throws Exception {
        backend = new TestBackend();
        simulator = TestApis.simulator("http.yaml", Map.of("backend", backend.hostAndPort()));
    }

    @AfterAll
    static void stop() {
        backend.close();
    }

    private static JsonNode json(HttpResponse response) throws Exception {
        return JSON.readTree(response.body());
    }

    @Nested
    class HttpProxy {
        @Test
        void passesMethodGreedyPathQueryHeadersAndBodyThrough() throws Exception {
            HttpResponse response = simulator.invoke(request("PUT", "/proxy/a/b%20c?x=1&x=2")
                    .header("X-Client", "hi").body("payload").build());
            assertThat(response.status()).isEqualTo(200);
            JsonNode echo = json(response);
            assertThat(echo.get("method").asText()).isEqualTo("PUT");
            assertThat(echo.get("path").asText()).isEqualTo("/echo/a/b%20c");
            assertThat(echo.get("query").asText()).isEqualTo("x=1&x=2");
            assertThat(echo.get("body").asText()).isEqualTo("payload");
            assertThat(echo.at("/headers/X-client/0").asText()).isEqualTo("hi");
            assertThat(echo.at("/headers/X-amzn-apigateway-api-id/0").asText())
                    .isEqualTo(simulator.deployment().apiId());
            assertThat(echo.at("/headers/X-amzn-trace-id/0").asText()).startsWith("Root=1-");
        }

        @Test
        void passesTheBackendStatusThrough() {
            assertThat(simulator.invoke(get("/proxy/teapot")).status()).isEqualTo(418);
        }

        @Test
        void remapsServerAndDropsViaFromTheBackendResponse() {
            HttpResponse response = simulator.invoke(get("/proxy/x"));
            assertThat(response.header("X-Backend")).hasValue("yes");
            assertThat(response.header("x-amzn-Remapped-Server")).hasValue("test-backend");
            assertThat(response.header("Server")).isEmpty();
            assertThat(response.header("Via")).isEmpty();
        }

        @Test
        void returns504EndpointRequestTimedOutAfterTimeoutInMillis() {
            long start = System.nanoTime();
            HttpResponse response = simulator.invoke(get("/slow"));
            assertThat(response.status()).isEqualTo(504);
            assertThat(response.bodyText()).isEqualTo("{\"message\": \"Endpoint request timed out\"}");
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1500);
        }

        @Test
        void unreachableBackendIs502InternalServerError() {
            HttpResponse response = simulator.invoke(get("/down"));
            assertThat(response.status()).isEqualTo(502);
            assertThat(response.bodyText()).isEqualTo("{\"message\": \"Internal server error\"}");
        }
    }

    @Nested
    class Http {
        @Test
        void mapsParametersAndRendersTheRequestTemplate() throws Exception {
            HttpResponse response = simulator.invoke(get("/items/200?q=wanted"));
            assertThat(response.status()).isEqualTo(200);
            JsonNode body = json(response);
            assertThat(body.get("query").asText()).isEqualTo("source=apigw");
            assertThat(body.get("stageHeader").asText()).isEqualTo("dev");
            assertThat(body.get("fromQuery").asText()).isEqualTo("wanted");
            assertThat(body.get("received").asText()).isEqualTo("{\"id\": \"200\", \"stage\": \"dev\"}");
        }

        @Test
        void doesNotForwardClientHeadersAndSendsItsOwnUserAgent() throws Exception {
            JsonNode body = json(simulator.invoke(request("GET", "/items/200").header("X-Client", "hi")
                    .header("User-Agent", "curl").build()));
            assertThat(body.get("clientHeader").isNull()).isTrue();
            assertThat(body.get("userAgent").asText()).isEqualTo("AmazonAPIGateway_" + simulator.deployment().apiId());
        }

        @Test
        void mapsResponseHeadersFromIntegrationHeadersAndBody() {
            HttpResponse response = simulator.invoke(get("/items/200"));
            assertThat(response.header("X-Backend")).hasValue("yes");
            assertThat(response.header("X-Body-Field")).hasValue("200");
            // AWS returns none of an HTTP backend's other headers, not even remapped.
            assertThat(response.header("x-amzn-Remapped-Server")).isEmpty();
            assertThat(response.header("Server")).isEmpty();
            assertThat(response.header("Via")).isEmpty();
        }

        @Test
        void selectsTheIntegrationResponseByBackendStatus() {
            HttpResponse response = simulator.invoke(get("/items/404"));
            assertThat(response.status()).isEqualTo(404);
            assertThat(response.bodyText()).isEqualTo("{\"missing\": \"404\"}");
        }

        @Test
        void backendErrorWithOnlyADefaultResponseReachesTheClientAs200() {
            HttpResponse response = simulator.invoke(get("/items/500"));
            assertThat(response.status()).isEqualTo(200);
        }
    }
}
