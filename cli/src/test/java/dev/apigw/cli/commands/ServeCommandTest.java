package dev.apigw.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.apigw.cli.ApigwCli;
import dev.apigw.cli.ConsoleStyle;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code apigw serve} end to end: the petstore sample on a free port, with a real backend for its HTTP_PROXY. */
@Timeout(30)
class ServeCommandTest {
    private static final Path PETSTORE = Path.of("..", "samples", "petstore");
    private static final Pattern SERVING = Pattern.compile(
            "apigw: serving (.+) stage (\\S+) at http://127\\.0\\.0\\.1:(\\d+)/(\\S*)");
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** {@code apigw serve} in this JVM, waiting for its "serving" lines. */
    private static final class Served extends InProcessServe {
        Served(String... args) {
            super(args);
        }

        List<Matcher> awaitServing(int stages) throws InterruptedException {
            long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            while (System.nanoTime() < deadline) {
                List<Matcher> lines = out.toString().lines().map(SERVING::matcher).filter(Matcher::matches).toList();
                if (lines.size() >= stages) {
                    return lines;
                }
                if (!thread.isAlive()) {
                    throw new AssertionError("serve exited " + exitCode + ": " + err);
                }
                Thread.sleep(20);
            }
            throw new AssertionError("serve did not start: " + out + err);
        }
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesTheHttpApiSampleOnItsDefaultStageAtTheRoot() throws Exception {
        try (Served served = new Served(Path.of("..", "samples", "http-api").toString(), "--port", "0")) {
            Matcher line = served.awaitServing(1).get(0);
            assertThat(line.group(2)).isEqualTo("$default");
            assertThat(line.group(4)).isEmpty();
            String base = "http://127.0.0.1:" + line.group(3);

            HttpResponse<String> notes = get(base + "/notes");
            assertThat(notes.statusCode()).isEqualTo(200);
            assertThat(notes.headers().firstValue("Content-Type")).hasValue("application/json");
            assertThat(notes.headers().firstValue("apigw-requestid")).isPresent();
            assertThat(notes.body()).contains("Buy milk");

            HttpResponse<String> created = CLIENT.send(HttpRequest.newBuilder(URI.create(base + "/notes"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"call mum\"}"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).isEqualTo(201);
            assertThat(created.headers().allValues("Set-Cookie")).containsExactly("last-note=3; Path=/");

            HttpResponse<String> fallback = get(base + "/nothing/here");
            assertThat(fallback.statusCode()).isEqualTo(404);
            assertThat(fallback.body()).isEqualTo("{\"message\":\"no route for GET /nothing/here\"}");
        }
    }

    @Test
    void servesThePetstoreSampleAndPrintsOneLinePerStage() throws Exception {
        HttpServer backend = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        backend.createContext("/pets/", exchange -> {
            Path file = PETSTORE.resolve("backend" + exchange.getRequestURI().getPath());
            byte[] body = Files.isRegularFile(file) ? Files.readAllBytes(file) : "{}".getBytes();
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(Files.isRegularFile(file) ? 200 : 404, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        backend.start();
        try (Served served = new Served(PETSTORE.toString(), "--stage", "dev", "--stage", "prod", "--port", "0",
                "--stage-var", "backend=127.0.0.1:" + backend.getAddress().getPort())) {
            List<Matcher> lines = served.awaitServing(2);
            assertThat(lines.get(0).group(1)).isEqualTo("Petstore (apigw sample)");
            assertThat(lines.get(0).group(2)).isEqualTo("dev");
            assertThat(lines.get(1).group(2)).isEqualTo("prod");
            String base = "http://127.0.0.1:" + lines.get(0).group(3);

            HttpResponse<String> pets = get(base + "/dev/pets?type=dog");
            assertThat(pets.statusCode()).isEqualTo(200);
            assertThat(pets.body()).contains("\"stage\": \"dev\"").contains("\"type\": \"dog\"");
            assertThat(pets.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");

            HttpResponse<String> pet = get(base + "/prod/pets/1");
            assertThat(pet.statusCode()).isEqualTo(200);
            assertThat(pet.body()).isEqualTo(Files.readString(PETSTORE.resolve("backend/pets/1")));

            HttpResponse<String> missing = get(base + "/dev/owners");
            assertThat(missing.statusCode()).isEqualTo(403);
            assertThat(missing.body()).isEqualTo("{\"message\":\"Missing Authentication Token\"}");
        } finally {
            backend.stop(0);
        }
    }

    @Test
    void writesTheStagesAccessLogToTheFileGivenWithAccessLog(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("access.log");
        String requestId;
        try (Served served = new Served(PETSTORE.toString(), "--stage", "dev", "--port", "0",
                "--access-log", log.toString())) {
            String base = "http://127.0.0.1:" + served.awaitServing(1).get(0).group(3);
            HttpResponse<String> pets = get(base + "/dev/pets");
            requestId = pets.headers().firstValue("x-amzn-RequestId").orElseThrow();
            get(base + "/dev/nowhere");
        }
        // the dev stage's format: '$context.requestId $context.httpMethod $context.resourcePath $context.status'
        List<String> lines = Files.readAllLines(log);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo(requestId + " GET /pets 200");
        assertThat(lines.get(1)).matches("[0-9a-f-]{36} GET /nowhere 403");
    }

    @Test
    void writesTheAccessLogToStandardOutputByDefault() throws Exception {
        try (Served served = new Served(PETSTORE.toString(), "--stage", "dev", "--port", "0")) {
            String base = "http://127.0.0.1:" + served.awaitServing(1).get(0).group(3);
            String requestId = get(base + "/dev/pets").headers().firstValue("x-amzn-RequestId").orElseThrow();
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (!served.out.toString().contains(requestId) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(served.out.toString()).contains(requestId + " GET /pets 200\n");
        }
    }

    @Test
    void servesABareOpenApiFileAtTheRootWhenOneStage() throws Exception {
        try (Served served = new Served(PETSTORE.resolve("openapi.yaml").toString(), "--stage", "test",
                "--port", "0")) {
            String port = served.awaitServing(1).get(0).group(3);
            assertThat(get("http://127.0.0.1:" + port + "/pets").body()).contains("\"stage\": \"test\"");
            assertThat(get("http://127.0.0.1:" + port + "/test/pets").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void invalidStageVariableNameIsAUsageError() throws Exception {
        try (Served served = new Served(PETSTORE.toString(), "--stage-var", "bad-name=x", "--port", "0")) {
            served.thread.join(10_000);
            assertThat(served.exitCode).isEqualTo(2);
            assertThat(served.err.toString()).contains("Invalid stage variable name 'bad-name'");
        }
    }

    @Test
    void servesTheChatSampleAsAWebSocketApiOnTheSamePort() throws Exception {
        try (Served served = new Served(Path.of("..", "samples", "chat").toString(), "--port", "0", "--no-reload")) {
            Pattern ws = Pattern.compile("apigw: serving WebSocket API chat stage dev at ws://127\\.0\\.0\\.1:(\\d+)/dev "
                    + "\\(@connections at http://127\\.0\\.0\\.1:\\d+/dev/@connections\\)");
            Matcher line = null;
            for (int i = 0; i < 750 && line == null; i++) {
                line = served.out.toString().lines().map(ws::matcher).filter(Matcher::matches).findFirst().orElse(null);
                if (line == null) {
                    assertThat(served.thread.isAlive()).as("serve exited: %s", served.err).isTrue();
                    Thread.sleep(20);
                }
            }
            assertThat(line).as("serve did not start: %s %s", served.out, served.err).isNotNull();
            java.util.concurrent.BlockingQueue<String> received = new java.util.concurrent.LinkedBlockingQueue<>();
            java.net.http.WebSocket socket = CLIENT.newWebSocketBuilder().buildAsync(
                    URI.create("ws://127.0.0.1:" + line.group(1) + "/dev"), new java.net.http.WebSocket.Listener() {
                        @Override
                        public java.util.concurrent.CompletionStage<?> onText(java.net.http.WebSocket w,
                                CharSequence data, boolean last) {
                            received.add(data.toString());
                            w.request(1);
                            return null;
                        }
                    }).get(10, java.util.concurrent.TimeUnit.SECONDS);
            socket.sendText("{\"action\":\"dance\"}", true).get(10, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(received.poll(10, java.util.concurrent.TimeUnit.SECONDS)).contains("unknown action");
            socket.sendClose(java.net.http.WebSocket.NORMAL_CLOSURE, "bye");
        }
    }

    @Test
    void aWebSocketTypeWithoutItsSectionIsAnInputError(@TempDir Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("apigw.yaml"), "type: websocket\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ApigwCli.create(new PrintWriter(out, true), new PrintWriter(err, true), ConsoleStyle.plain())
                .execute("serve", dir.toString(), "--port", "0");
        assertThat(code).isEqualTo(3);
        assertThat(err.toString()).contains("type: websocket needs a websocket section").contains("apigw.yaml:1");
    }
}
