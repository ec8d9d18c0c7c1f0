package dev.apigw.simulator.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apigw.openapi.project.ProjectLoader;
import dev.apigw.openapi.read.ImportOptions;
import dev.apigw.simulator.Gateway;
import dev.apigw.simulator.SimulatorOptions;
import dev.apigw.simulator.integration.TestBackend;
import dev.apigw.simulator.log.AccessLog;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** SIGINT/SIGTERM run {@link GracefulStop#stop}: running requests finish, then the port is closed. */
@Timeout(30)
class GracefulStopTest {
    /** The backend's /slow answers after two seconds; the integration allows five. */
    private static final String SLOW_API = """
            openapi: 3.0.1
            info: { title: slow, version: "1" }
            paths:
              /slow:
                get:
                  x-amazon-apigateway-integration:
                    type: http_proxy
                    httpMethod: GET
                    uri: "http://${stageVariables.backend}/slow"
                    timeoutInMillis: 5000
            """;

    @Test
    void aRequestInFlightWhenStoppingCompletesAndNewConnectionsAreRefusedAfter(@TempDir Path dir)
            throws Exception {
        Path definition = Files.writeString(dir.resolve("openapi.yaml"), SLOW_API);
        StringWriter log = new StringWriter();
        try (TestBackend backend = new TestBackend()) {
            Gateway gateway = new Gateway(new ProjectLoader().load(definition, ImportOptions.defaults()).project(),
                    List.of(SimulatorOptions.stage("dev").withStageVariables(Map.of("backend", backend.hostAndPort()))));
            AccessLog accessLog = AccessLog.to(log);
            ApigwServer server = ApigwServer.start(gateway, new ServerSettings("127.0.0.1", 0), accessLog);
            int port = server.port();
            GracefulStop stop = GracefulStop.of(server, accessLog);

            CompletableFuture<HttpResponse<String>> inFlight = HttpClient.newHttpClient().sendAsync(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/dev/slow"))
                            .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
            Thread.sleep(500); // the request is now waiting on the backend
            long started = System.nanoTime();
            stop.stop();

            HttpResponse<String> response = inFlight.get(1, TimeUnit.SECONDS);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("{\"slow\": true}");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThan(Duration.ofMillis(1000));
            assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(ConnectException.class);
        }
    }

    @Test
    void stoppingTwiceClosesEachPartOnce() {
        int[] closes = new int[1];
        GracefulStop stop = GracefulStop.of(() -> closes[0]++);
        stop.stop();
        stop.stop();
        assertThat(closes[0]).isEqualTo(1);
    }

    @Test
    void aFailingPartDoesNotKeepTheOthersOpen() {
        boolean[] closed = new boolean[1];
        GracefulStop stop = GracefulStop.of(() -> {
            throw new IllegalStateException("boom");
        }, () -> closed[0] = true);
        stop.stop();
        assertThat(closed[0]).isTrue();
    }
}
