package dev.apigw.simulator.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.model.project.ApiProject;
import dev.apigw.simulator.Gateway;
import dev.apigw.simulator.SimulatorOptions;
import dev.apigw.simulator.TestApis;
import dev.apigw.simulator.integration.TestBackend;
import dev.apigw.openapi.project.ProjectLoader;
import dev.apigw.openapi.read.ImportOptions;
import dev.apigw.simulator.reload.HotReloader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The real server on a free port of 127.0.0.1, with a real HTTP backend behind it. */
@Timeout(30)
class ApigwServerTest {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static TestBackend backend;
    private static ApigwServer twoStages;
    private static ApigwServer oneStage;

    @BeforeAll
    static void start() throws IOException {
        backend = new TestBackend();
        ApiProject http = TestApis.load("http.yaml");
        Map<String, String> vars = Map.of("backend", backend.hostAndPort());
        twoStages = ApigwServer.start(new Gateway(http, List.of(SimulatorOptions.stage("dev").withStageVariables(vars),
                SimulatorOptions.stage("prod").withStageVariables(vars))), new ServerSettings("127.0.0.1", 0));
        oneStage = ApigwServer.start(new Gateway(TestApis.load("mock.yaml"), List.of(SimulatorOptions.stage("dev"))),
                new ServerSettings("127.0.0.1", 0));
    }

    @AfterAll
    static void stop() {
        twoStages.close();
        oneStage.close();
        backend.close();
    }

    private static HttpResponse<String> send(ApigwServer server, String method, String path, String body)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)).build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Nested
    class Stages {
        @Test
        void servesEachStageUnderItsName() throws Exception {
            HttpResponse<String> response = send(twoStages, "GET", "/prod/proxy/hello?x=1", null);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("\"path\":\"/echo/hello\"").contains("\"query\":\"x=1\"");
            assertThat(response.headers().firstValue("x-amzn-RequestId")).isPresent();
        }

        @Test
        void unknownStageIs403Forbidden() throws Exception {
            HttpResponse<String> response = send(twoStages, "GET", "/test/proxy/x", null);
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(response.body()).isEqualTo("{\"message\":\"Forbidden\"}");
        }

        @Test
        void singleStageIsAlsoServedAtTheRoot() throws Exception {
            assertThat(send(oneStage, "GET", "/status/200", null).body()).isEqualTo("{\"format\": \"json\"}");
            assertThat(send(oneStage, "GET", "/dev/status/200", null).body()).isEqualTo("{\"format\": \"json\"}");
        }

        @Test
        void unknownPathIs403MissingAuthenticationTokenOverHttp() throws Exception {
            HttpResponse<String> response = send(oneStage, "GET", "/dev/nothing", null);
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(response.body()).isEqualTo("{\"message\":\"Missing Authentication Token\"}");
            assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("MissingAuthenticationTokenException");
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        }

        @Test
        void keepsTheRawPathForProxyIntegrations() throws Exception {
            HttpResponse<String> response = send(twoStages, "GET", "/dev/proxy/a%2Fb", null);
            assertThat(response.body()).contains("\"path\":\"/echo/a%2Fb\"");
        }
    }

    @Nested
    class Robustness {
        @Test
        void bodyOver10MBIs413AndTheServerKeepsServing() throws Exception {
            HttpResponse<String> response = send(oneStage, "POST", "/dev/when-no-match",
                    "x".repeat(10 * 1024 * 1024 + 10));
            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(send(oneStage, "GET", "/status/200", null).statusCode()).isEqualTo(200);
        }

        @Test
        void malformedJsonAndInvalidUtf8GetAwsResponses() throws Exception {
            assertThat(send(oneStage, "POST", "/validated?q=1", "{\"items\": [").statusCode()).isEqualTo(400);
            HttpRequest bad = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + oneStage.port()
                    + "/when-no-match")).POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {(byte) 0xff,
                        (byte) 0xfe, '{'})).build();
            assertThat(CLIENT.send(bad, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
            assertThat(send(oneStage, "GET", "/status/200", null).statusCode()).isEqualTo(200);
        }

        @Test
        void hugeHeadersAreRejectedAndTheServerKeepsServing() throws Exception {
            try (Socket socket = new Socket("127.0.0.1", oneStage.port())) {
                OutputStream out = socket.getOutputStream();
                out.write(("GET /status/200 HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(64 * 1024)
                        + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                InputStream in = socket.getInputStream();
                String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
                assertThat(status).startsWith("HTTP/1.1 4");
            } catch (IOException e) {
                // the server may also just close the connection
            }
            assertThat(send(oneStage, "GET", "/status/200", null).statusCode()).isEqualTo(200);
        }

        @Test
        void garbageOnTheSocketDoesNotStopTheServer() throws Exception {
            try (Socket socket = new Socket("127.0.0.1", oneStage.port())) {
                socket.getOutputStream().write("\u0000\u0001 not http at all\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                socket.getInputStream().readNBytes(1);
            }
            assertThat(send(oneStage, "GET", "/status/200", null).statusCode()).isEqualTo(200);
        }
    }

    @Nested
    class HotReload {
        @TempDir
        Path dir;

        @Test
        void reloadsAnEditedDefinitionWithinASecondAndKeepsTheLastGoodOneOnABadEdit() throws Exception {
            Path file = dir.resolve("openapi.yaml");
            Files.writeString(file, api("first"));
            ProjectLoader loader = new ProjectLoader();
            Gateway gateway = new Gateway(loader.load(file, ImportOptions.defaults()).project(),
                    List.of(SimulatorOptions.stage("dev")));
            List<String> events = new ArrayList<>();
            try (ApigwServer server = ApigwServer.start(gateway, new ServerSettings("127.0.0.1", 0));
                    HotReloader reloader = new HotReloader(gateway,
                            () -> loader.load(file, ImportOptions.defaults()).project(), List.of(dir),
                            new HotReloader.Listener() {
                                @Override
                                public void reloaded(ApiProject project) {
                                    events.add("reloaded");
                                }

                                @Override
                                public void failed(String message) {
                                    events.add("failed: " + message);
                                }
                            }).start(Duration.ofMillis(100))) {
                assertThat(send(server, "GET", "/hello", null).body()).isEqualTo("first");

                Files.writeString(file, api("second version"));
                assertThat(eventually(() -> send(server, "GET", "/hello", null).body(), "second version"))
                        .isTrue();

                Files.writeString(file, "openapi: 3.0.1\npaths: [ this is not valid");
                assertThat(eventually(() -> String.valueOf(events.stream().anyMatch(e -> e.startsWith("failed"))),
                        "true")).isTrue();
                assertThat(send(server, "GET", "/hello", null).body()).isEqualTo("second version");
            }
        }

        private String api(String text) {
            return """
                    openapi: 3.0.1
                    info: { title: reload, version: "1" }
                    paths:
                      /hello:
                        get:
                          x-amazon-apigateway-integration:
                            type: mock
                            requestTemplates: { application/json: '{"statusCode": 200}' }
                            responses:
                              default: { statusCode: "200", responseTemplates: { application/json: '%s' } }
                    """.formatted(text);
        }

        private boolean eventually(ThrowingSupplier check, String expected) throws Exception {
            long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
            while (System.nanoTime() < deadline) {
                if (expected.equals(check.get())) {
                    return true;
                }
                Thread.sleep(50);
            }
            return false;
        }
    }

    @FunctionalInterface
    interface ThrowingSupplier {
        String get() throws Exception;
    }
}
