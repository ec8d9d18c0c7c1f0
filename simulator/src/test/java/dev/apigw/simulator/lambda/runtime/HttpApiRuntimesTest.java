package dev.apigw.simulator.lambda.runtime;

import static dev.apigw.simulator.TestApis.get;
import static dev.apigw.simulator.TestApis.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apigw.simulator.Simulator;
import dev.apigw.simulator.SimulatorOptions;
import dev.apigw.simulator.TestApis;
import dev.apigw.simulator.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** HTTP API integrations (payload 2.0 and 1.0) and a Lambda authorizer, all run by Lambda runtimes. */
@Timeout(60)
class HttpApiRuntimesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Simulator simulator;

    @BeforeAll
    static void start() {
        simulator = Simulator.create(TestApis.load("runtimes-http/apigw.yaml"), SimulatorOptions.stage("$default")
                .withWorkingDirectory(TestApis.fixture("runtimes-http")), RuntimeSettings.defaults()
                .withLog(FunctionLog.DISCARD));
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @Test
    void payload2FunctionReturningPlainJsonIsA200WithThatBody() throws Exception {
        HttpResponse response = simulator.invoke(get("/items/42"));
        assertThat(response.status()).as(response.bodyText()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("id").asText()).isEqualTo("42");
        assertThat(body.get("version").asText()).isEqualTo("2.0");
        assertThat(body.get("routeKey").asText()).isEqualTo("GET /items/{id}");
    }

    @Test
    void payload1FunctionGetsTheVersion1Event() {
        assertThat(simulator.invoke(get("/legacy")).bodyText()).isEqualTo("1.0 GET /legacy");
    }

    @Test
    void lambdaAuthorizerRunByANodeRuntimeAllowsAndDenies() throws Exception {
        HttpResponse allowed = simulator.invoke(request("GET", "/secure").header("Authorization", "allow").build());
        assertThat(allowed.status()).as(allowed.bodyText()).isEqualTo(200);
        assertThat(JSON.readTree(allowed.body()).get("user").asText()).isEqualTo("alice");
        HttpResponse denied = simulator.invoke(request("GET", "/secure").header("Authorization", "deny").build());
        assertThat(denied.status()).isEqualTo(403);
    }
}
