package dev.apigw.simulator.lambda.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apigw.model.project.FunctionBinding;
import dev.apigw.model.project.FunctionRuntime;
import dev.apigw.simulator.lambda.FunctionResult;
import dev.apigw.simulator.lambda.FunctionRunner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A {@code java17} function runs in a JVM process of its own behind the Runtime API. */
@Timeout(60)
class JavaRuntimeTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void javaHandlerRunsInItsOwnJvmAndKeepsItsInstanceWarm(@TempDir Path dir) throws Exception {
        Path source = dir.resolve("src/example/Counter.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, """
                package example;
                import java.util.Map;
                public class Counter {
                    private int calls;
                    public Map<String, Object> handleRequest(Map<String, Object> event) {
                        System.out.println("java got " + event.get("name"));
                        return Map.of("calls", ++calls, "pid", ProcessHandle.current().pid(),
                                "name", event.get("name"), "memory", System.getenv("AWS_LAMBDA_FUNCTION_MEMORY_SIZE"));
                    }
                    public String fail(Map<String, Object> event) {
                        throw new IllegalStateException("no such pet");
                    }
                }""");
        Path classes = dir.resolve("build");
        assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(),
                "--release", "17", source.toString())).isZero();
        ConcurrentLinkedQueue<String> log = new ConcurrentLinkedQueue<>();
        try (FunctionRuntimes runtimes = new FunctionRuntimes(RuntimeSettings.defaults().withLog(log::add))) {
            FunctionRunner counter = runtimes.runner(binding("Counter", "example.Counter::handleRequest"), dir);
            FunctionResult first = counter.invoke("Counter", bytes("{\"name\":\"rex\"}"), Duration.ofSeconds(20));
            assertThat(first.failed()).as(first.payloadText()).isFalse();
            JsonNode one = JSON.readTree(first.payload());
            JsonNode two = JSON.readTree(counter.invoke("Counter", bytes("{\"name\":\"tom\"}"),
                    Duration.ofSeconds(20)).payload());
            assertThat(one.get("name").asText()).isEqualTo("rex");
            assertThat(one.get("memory").asText()).isEqualTo("512");
            assertThat(two.get("calls").asInt()).isEqualTo(one.get("calls").asInt() + 1);
            assertThat(two.get("pid").asLong()).isEqualTo(one.get("pid").asLong())
                    .isNotEqualTo(ProcessHandle.current().pid());
            assertThat(first.logs()).contains("java got rex");

            FunctionResult failed = runtimes.runner(binding("Failing", "example.Counter::fail"), dir)
                    .invoke("Failing", bytes("{}"), Duration.ofSeconds(20));
            assertThat(failed.failed()).isTrue();
            JsonNode error = JSON.readTree(failed.payload());
            assertThat(error.get("errorType").asText()).isEqualTo("java.lang.IllegalStateException");
            assertThat(error.get("errorMessage").asText()).isEqualTo("no such pet");
            assertThat(error.get("stackTrace").isArray()).isTrue();
        }
    }

    private static FunctionBinding binding(String name, String handler) {
        return FunctionBinding.ofRuntime(name, new FunctionRuntime("java17", "build", 512, Optional.empty(),
                List.of()), handler, Map.of(), Optional.of(20));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
