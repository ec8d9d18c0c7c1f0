package dev.apigw.simulator.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apigw.simulator.Gateway;
import dev.apigw.simulator.SimulatorOptions;
import dev.apigw.simulator.TestApis;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The front door's {@code X-Forwarded-*} headers as a Lambda proxy function sees them through the real server: the
 * client's address (appended to an {@code X-Forwarded-For} the client sent), and the local server's own port and
 * scheme where AWS would say {@code 443} and {@code https}.
 */
@Timeout(30)
class ForwardedHeadersServerTest {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static ApigwServer server;

    @BeforeAll
    static void start() {
        java.nio.file.Path dir = TestApis.fixture("lambda/apigw.yaml").getParent();
        server = ApigwServer.start(new Gateway(TestApis.load("lambda/apigw.yaml"),
                List.of(SimulatorOptions.stage("dev").withWorkingDirectory(dir))), new ServerSettings("127.0.0.1", 0));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode event(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static HttpRequest.Builder get() {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/dev/echo/x"));
    }

    @Test
    void theFunctionSeesTheClientAddressAndTheServersPortAndScheme() throws Exception {
        JsonNode e = event(get());
        assertThat(e.at("/headers/X-Forwarded-For").asText()).isEqualTo("127.0.0.1");
        assertThat(e.at("/headers/X-Forwarded-Port").asText()).isEqualTo(Integer.toString(server.port()));
        assertThat(e.at("/headers/X-Forwarded-Proto").asText()).isEqualTo("http");
        assertThat(e.at("/multiValueHeaders/X-Forwarded-For/0").asText()).isEqualTo("127.0.0.1");
        assertThat(e.at("/headers/Connection").isMissingNode()).isTrue();
        assertThat(e.at("/headers/Content-Length").isMissingNode()).isTrue();
    }

    @Test
    void aForwardedForTheClientSentGetsTheClientAddressAppended() throws Exception {
        JsonNode e = event(get().header("X-Forwarded-For", "203.0.113.9").header("X-Forwarded-Proto", "ftp")
                .header("X-Forwarded-Port", "1"));
        assertThat(e.at("/headers/X-Forwarded-For").asText()).isEqualTo("203.0.113.9, 127.0.0.1");
        assertThat(e.at("/headers/X-Forwarded-Proto").asText()).isEqualTo("http");
        assertThat(e.at("/headers/X-Forwarded-Port").asText()).isEqualTo(Integer.toString(server.port()));
    }
}
