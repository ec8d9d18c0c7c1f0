package dev.apigw.simulator.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apigw.simulator.Gateway;
import dev.apigw.simulator.Simulator;
import dev.apigw.simulator.SimulatorOptions;
import dev.apigw.simulator.TestApis;
import dev.apigw.simulator.integration.TestBackend;
import dev.apigw.simulator.pipeline.Invocation;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code X-Amzn-Trace-Id}: API Gateway adds an X-Ray trace header ({@code Root=1-<8 hex epoch>-<24 hex>}) to
 * requests that have none and sends it to the integration; Lambda integrations return it to the client.
 */
@Timeout(30)
class TraceHeaderTest {
    private static final String X_RAY = "Root=1-[0-9a-f]{8}-[0-9a-f]{24}";
    private static final String CLIENT_TRACE = "Root=1-65e7279d-0123456789abcdef01234567";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestBackend backend;
    private static ApigwServer server;

    @BeforeAll
    static void start() throws Exception {
        backend = new TestBackend();
        server = ApigwServer.start(new Gateway(TestApis.load("http.yaml"), List.of(SimulatorOptions.stage("dev")
                .withStageVariables(Map.of("backend", backend.hostAndPort())))), new ServerSettings("127.0.0.1", 0));
    }

    @AfterAll
    static void stop() {
        server.close();
        backend.close();
    }

    private static HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(10));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** What the echo backend received, header names as the JDK server normalises them ({@code X-amzn-trace-id}). */
    private static String receivedTrace(HttpResponse<String> response) throws Exception {
        JsonNode headers = JSON.readTree(response.body()).get("headers");
        return headers.get("X-amzn-trace-id").get(0).asText();
    }

    @Nested
    class HttpIntegrations {
        @Test
        void theBackendGetsANewXRayTraceHeader() throws Exception {
            HttpResponse<String> response = get("/dev/proxy/hello");
            assertThat(receivedTrace(response)).matches(X_RAY);
        }

        @Test
        void eachRequestGetsItsOwnTrace() throws Exception {
            assertThat(receivedTrace(get("/dev/proxy/a"))).isNotEqualTo(receivedTrace(get("/dev/proxy/a")));
        }

        @Test
        void aTraceHeaderFromTheClientIsPassedThrough() throws Exception {
            assertThat(receivedTrace(get("/dev/proxy/hello", "X-Amzn-Trace-Id", CLIENT_TRACE)))
                    .isEqualTo(CLIENT_TRACE);
        }
    }

    @Nested
    class Invocations {
        private final Simulator simulator = Simulator.create(TestApis.load("mock.yaml"), SimulatorOptions.stage("dev")
                .withClock(Clock.fixed(Instant.ofEpochSecond(0x65e7279dL), ZoneOffset.UTC)));

        @Test
        void aNewTraceStartsAtTheRequestTime() {
            Invocation inv = simulator.execute(TestApis.get("/status/200"));
            assertThat(inv.traceId()).matches(X_RAY).startsWith("Root=1-65e7279d-");
            assertThat(inv.traceId()).isEqualTo(inv.traceId());
        }

        @Test
        void theClientsTraceIsKept() {
            Invocation inv = simulator.execute(TestApis.request("GET", "/status/200")
                    .header("x-amzn-trace-id", CLIENT_TRACE + ";Sampled=1").build());
            assertThat(inv.traceId()).isEqualTo(CLIENT_TRACE + ";Sampled=1");
        }

        @Test
        void mockResponsesCarryNoTraceHeader() {
            assertThat(simulator.invoke(TestApis.get("/status/200")).header("X-Amzn-Trace-Id")).isEmpty();
        }
    }

    @Nested
    class LambdaIntegrations {
        private final Simulator lambda = TestApis.simulator("lambda/apigw.yaml");

        @Test
        void theResponseCarriesTheTraceWithItsSamplingDecision() {
            assertThat(lambda.invoke(TestApis.get("/echo/x")).header("X-Amzn-Trace-Id").orElseThrow())
                    .matches(X_RAY + ";Sampled=0");
        }

        @Test
        void theResponseCarriesTheClientsTrace() {
            assertThat(lambda.invoke(TestApis.request("GET", "/echo/x").header("X-Amzn-Trace-Id", CLIENT_TRACE)
                    .build()).header("X-Amzn-Trace-Id")).hasValue(CLIENT_TRACE + ";Sampled=0");
        }
    }
}
