package dev.apigw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar serving {@code samples/functions}: a Node.js and a Python function run as real processes, their
 * output framed on the server's stderr, and all of them stopped with the server.
 */
@Timeout(120)
class FunctionsJarIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path jar;
    private static Path sample;

    @TempDir
    Path temp;

    @BeforeAll
    static void find() {
        jar = Path.of(System.getProperty("apigw.jar", "target/apigw.jar")).toAbsolutePath();
        sample = Path.of("..", "samples", "functions").toAbsolutePath().normalize();
        assertThat(jar).isRegularFile();
        assertThat(sample.resolve("apigw.yaml")).isRegularFile();
    }

    private List<String> java(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        return command;
    }

    @Test
    void servesNodeAndPythonFunctionsAndStopsThemWithTheServer() throws Exception {
        Path err = temp.resolve("err.txt");
        Process server = new ProcessBuilder(java("serve", sample.toString(), "--port", "0", "--output", "json",
                "--no-reload", "--access-log", temp.resolve("access.log").toString()))
                .redirectError(err.toFile()).start();
        List<ProcessHandle> functions;
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(),
                    StandardCharsets.UTF_8));
            JsonNode ready = JSON.readTree(out.readLine());
            String base = ready.at("/stages/0/url").asText();
            HttpClient client = HttpClient.newHttpClient();
            for (String route : List.of("node", "python")) {
                HttpResponse<String> first = client.send(HttpRequest.newBuilder(URI.create(base + "/hello/" + route
                        + "?name=Ada")).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
                assertThat(JSON.readTree(first.body()).get("message").asText()).isEqualTo("Hello, Ada!");
                HttpResponse<String> second = client.send(HttpRequest.newBuilder(URI.create(base + "/hello/"
                        + route)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(JSON.readTree(second.body()).get("invocations").asInt()).isEqualTo(2);
            }
            functions = server.descendants().toList();
            assertThat(functions).hasSizeGreaterThanOrEqualTo(2);
            String log = Files.readString(err);
            assertThat(log).contains("[HelloNode] START RequestId: ").contains("INFO\tgreeting Ada")
                    .contains("[HelloPython] greeting Ada").containsPattern("\\[HelloPython\\] REPORT RequestId: "
                    + "[0-9a-f-]{36}\tDuration: [0-9.]+ ms");
        } finally {
            server.destroy();
            assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        for (ProcessHandle function : functions) {
            function.onExit().get(10, TimeUnit.SECONDS);
            assertThat(function.isAlive()).isFalse();
        }
    }

    @Test
    void invokeFunctionPrintsTheResultOnStdoutAndTheLogOnStderr() throws Exception {
        Path event = temp.resolve("event.json");
        Files.writeString(event, "{\"queryStringParameters\": {\"name\": \"Grace\"}}");
        Path out = temp.resolve("out.txt");
        Path err = temp.resolve("err.txt");
        Process run = new ProcessBuilder(java("invoke-function", sample.toString(), "HelloPython", "--event",
                event.toString())).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        run.getOutputStream().close();
        assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(run.exitValue()).as(Files.readString(err)).isZero();
        JsonNode result = JSON.readTree(Files.readString(out));
        assertThat(JSON.readTree(result.get("body").asText()).get("message").asText()).isEqualTo("Hello, Grace!");
        assertThat(Files.readString(err)).contains("[HelloPython] START RequestId: ")
                .contains("[HelloPython] END RequestId: ");
    }
}
