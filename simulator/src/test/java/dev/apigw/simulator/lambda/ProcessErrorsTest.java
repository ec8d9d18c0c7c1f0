package dev.apigw.simulator.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apigw.model.project.FunctionBinding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A crashed command function reports the error it printed, not its last stderr line. */
@Timeout(30)
class ProcessErrorsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode run(Path dir, List<String> command) throws Exception {
        FunctionBinding binding = new FunctionBinding("fn", command, Optional.empty(), Optional.empty(), Map.of(),
                Optional.empty(), List.of());
        FunctionResult result = new CommandFunctionRunner(binding, dir).invoke("fn", "{}".getBytes(),
                Duration.ofSeconds(20));
        assertThat(result.failed()).isTrue();
        return JSON.readTree(result.payload());
    }

    @Test
    void nodeSyntaxErrorIsReportedAsSyntaxErrorWithItsMessage(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("fn.js"), "const x = {;\n");
        JsonNode error = run(dir, List.of("node", "fn.js"));
        assertThat(error.get("errorType").asText()).isEqualTo("SyntaxError");
        assertThat(error.get("errorMessage").asText()).startsWith("Unexpected token");
        assertThat(error.toString()).doesNotContain("Node.js v");
    }

    @Test
    void nodeThrownErrorKeepsItsTypeMessageAndFrames(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("fn.js"), "function f() { throw new RangeError('too far'); }\nf();\n");
        JsonNode error = run(dir, List.of("node", "fn.js"));
        assertThat(error.get("errorType").asText()).isEqualTo("RangeError");
        assertThat(error.get("errorMessage").asText()).isEqualTo("too far");
        assertThat(error.get("stackTrace").get(0).asText()).startsWith("at f ");
    }

    @Test
    void pythonTracebackGivesTheExceptionsClassAndMessage(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("fn.py"), "import json\njson.loads('{bad')\n");
        JsonNode error = run(dir, List.of("python3", "fn.py"));
        assertThat(error.get("errorType").asText()).isEqualTo("JSONDecodeError");
        assertThat(error.get("errorMessage").asText()).contains("Expecting property name");
        assertThat(error.get("stackTrace").toString()).contains("fn.py");
    }

    @Test
    void otherOutputFallsBackToTheLastMeaningfulLine() {
        JsonNode error = readTree(ProcessErrors.fromStderr("starting\nno config found\n", 2));
        assertThat(error.get("errorMessage").asText()).isEqualTo("no config found");
        assertThat(readTree(ProcessErrors.fromStderr("", 3)).get("errorMessage").asText()).isEqualTo("exit code 3");
    }

    private static JsonNode readTree(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
