package dev.apigw.simulator.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.simulator.Gateway;
import dev.apigw.simulator.SimulatorOptions;
import dev.apigw.simulator.TestApis;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code GET /_apigw/metrics} on the real server: the stage cache's CacheHitCount and CacheMissCount. */
@Timeout(30)
class CacheMetricsEndpointTest {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static HttpResponse<String> get(ApigwServer server, String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void countsHitsAndMissesPerStage() throws Exception {
        Gateway gateway = new Gateway(TestApis.load("cache/apigw.yaml"),
                List.of(SimulatorOptions.stage("dev"), SimulatorOptions.stage("off")));
        try (ApigwServer server = ApigwServer.start(gateway, new ServerSettings("127.0.0.1", 0))) {
            assertThat(get(server, "/_apigw/metrics").body())
                    .isEqualTo("{\"stages\":{\"dev\":{\"CacheHitCount\":0,\"CacheMissCount\":0}}}");

            HttpResponse<String> first = get(server, "/dev/pets/1");
            HttpResponse<String> second = get(server, "/dev/pets/1");
            get(server, "/off/pets/1");
            HttpResponse<String> metrics = get(server, "/_apigw/metrics");

            assertThat(second.body()).isEqualTo(first.body());
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying(
                    v -> assertThat(v).startsWith("application/json"));
            assertThat(metrics.body()).isEqualTo("{\"stages\":{\"dev\":{\"CacheHitCount\":1,\"CacheMissCount\":1}}}");
        }
    }
}
