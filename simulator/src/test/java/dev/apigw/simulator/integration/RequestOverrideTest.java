package dev.apigw.simulator.integration;

import static dev.apigw.simulator.TestApis.get;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apigw.simulator.Simulator;
import dev.apigw.simulator.TestApis;
import dev.apigw.simulator.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code $context.requestOverride.*} of a request template reaches the HTTP integration request, after (and over)
 * the method's own parameter mappings, and is readable in the response template.
 */
@Timeout(20)
class RequestOverrideTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestBackend backend;
    private static Simulator simulator;

    @BeforeAll
    static void start() throws Exception {
        backend = new TestBackend();
        simulator = TestApis.simulator("overrides-http.yaml", Map.of("backend", backend.hostAndPort()));
    }

    @AfterAll
    static void stop() {
        backend.close();
    }

    @Test
    void headerQueryStringAndPathOverridesReachTheBackend() throws Exception {
        HttpResponse response = simulator.invoke(get("/items/7"));
        assertThat(response.status()).as(response.bodyText()).isEqualTo(200);
        JsonNode echo = JSON.readTree(response.body());
        assertThat(echo.get("path").asText()).isEqualTo("/echo/item-7");
        assertThat(echo.get("query").asText()).contains("mapped=overridden").contains("extra=e")
                .doesNotContain("mapped=m");
        assertThat(echo.at("/headers/X-mapped/0").asText()).isEqualTo("overridden");
        assertThat(echo.at("/headers/X-new/0").asText()).isEqualTo("new-7");
        assertThat(echo.at("/headers/X-put/0").asText()).isEqualTo("put");
    }

    @Test
    void theResponseTemplateReadsTheRequestTemplatesOverrides() {
        assertThat(simulator.invoke(get("/items/7")).header("X-Seen")).hasValue("new-7");
    }
}
