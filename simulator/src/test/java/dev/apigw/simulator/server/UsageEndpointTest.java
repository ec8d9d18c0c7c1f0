package dev.apigw.simulator.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.apigw.simulator.Gateway;
import dev.apigw.simulator.SimulatorOptions;
import dev.apigw.simulator.TestApis;
import dev.apigw.simulator.traffic.TrafficIds;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code GET /_apigw/usage} on the real server (port 0), after real keyed requests. */
@Timeout(30)
class UsageEndpointTest {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String GOLD = "gold-key-0123456789abcdef";
    private ApigwServer server;

    @BeforeEach
    void start() {
        server = ApigwServer.start(new Gateway(TestApis.load("traffic/apigw.yaml"),
                List.of(SimulatorOptions.stage("dev"))), new ServerSettings("127.0.0.1", 0));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> get(String path, String apiKey) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(10));
        if (apiKey != null) {
            request.header("x-api-key", apiKey);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void reportsWhatKeyedRequestsUsed() throws Exception {
        assertThat(get("/dev/keyed", GOLD).statusCode()).isEqualTo(200);
        assertThat(get("/dev/keyed", GOLD).statusCode()).isEqualTo(200);
        assertThat(get("/dev/keyed", null).statusCode()).isEqualTo(403);
        HttpResponse<String> usage = get("/_apigw/usage?keyId=" + TrafficIds.apiKeyId("gold-key"), null);
        assertThat(usage.statusCode()).isEqualTo(200);
        assertThat(usage.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v)
                .startsWith("application/json"));
        JsonNode item = JsonMapper.builder().build().readTree(usage.body()).at("/items/0");
        assertThat(item.get("apiKey").asText()).isEqualTo("gold-key");
        assertThat(item.at("/quota/limit").asLong()).isEqualTo(5);
        assertThat(item.at("/quota/used").asLong()).isEqualTo(2);
        assertThat(item.at("/quota/remaining").asLong()).isEqualTo(3);
        assertThat(item.at("/quota/periodStart").asText()).endsWith("T00:00:00Z");
    }

    @Test
    void listsEveryKeyWithoutAFilterAndTakesAKeyName() throws Exception {
        assertThat(JsonMapper.builder().build().readTree(get("/_apigw/usage", null).body()).get("items"))
                .hasSize(5);
        assertThat(get("/_apigw/usage?key=silver-key", null).body()).contains("\"apiKey\":\"silver-key\"");
    }

    @Test
    void anUnknownKeyIs404() throws Exception {
        HttpResponse<String> usage = get("/_apigw/usage?keyId=nope", null);
        assertThat(usage.statusCode()).isEqualTo(404);
        assertThat(usage.body()).contains("nope");
    }

    @Test
    void apiPathsStillReachTheApi() throws Exception {
        assertThat(get("/open", null).statusCode()).isEqualTo(200);
        assertThat(get("/_apigw/other", null).body()).contains("Missing Authentication Token");
    }
}
