package dev.apigw.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apigw.cli.CliRun;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class InvokeCommandTest {
    private static final String PETSTORE = Path.of("..", "samples", "petstore").toString();

    private static CliRun invoke(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "invoke";
        System.arraycopy(args, 0, all, 1, args.length);
        return CliRun.of(all);
    }

    @Test
    void printsStatusHeadersAndBodyOfAMockMethod() {
        CliRun run = invoke(PETSTORE, "--stage", "dev", "GET", "/pets", "--query", "type=cat");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("HTTP 200\n").contains("Access-Control-Allow-Origin: *")
                .contains("x-amzn-RequestId: ").contains("\"type\": \"cat\"").doesNotContain("\"type\": \"dog\"");
    }

    @Test
    void printsTheExecutionLogWithLog() {
        CliRun run = invoke(PETSTORE, "GET", "/pets/", "--log");
        assertThat(run.out()).contains("Execution log:").contains("Resource Path: /pets")
                .contains("Selected integration response default -> 200");
    }

    @Test
    void theLogEndsWithTheStagesAccessLogLine() {
        CliRun run = invoke(PETSTORE, "--stage", "dev", "GET", "/pets", "--log");
        java.util.regex.Matcher id = java.util.regex.Pattern.compile("x-amzn-RequestId: (\\S+)").matcher(run.out());
        assertThat(id.find()).isTrue();
        // the dev stage's format: '$context.requestId $context.httpMethod $context.resourcePath $context.status'
        assertThat(run.out()).contains("access log: " + id.group(1) + " GET /pets 200");
    }

    @Test
    void writesOneJsonDocumentWithOutputJson() throws Exception {
        CliRun run = invoke(PETSTORE, "GET", "/nowhere", "--output", "json", "--log");
        JsonNode result = new ObjectMapper().readTree(run.out());
        assertThat(result.get("status").asInt()).isEqualTo(403);
        assertThat(result.get("body").asText()).isEqualTo("{\"message\":\"Missing Authentication Token\"}");
        assertThat(result.at("/headers/x-amzn-ErrorType/0").asText()).isEqualTo("MissingAuthenticationTokenException");
        assertThat(result.get("log").toString()).contains("closest is");
    }

    @Test
    void sendsHeadersAndBodyToValidation() {
        CliRun run = invoke(PETSTORE, "POST", "/pets", "--header", "Content-Type=application/json",
                "--header", "x-api-key=dev-key-0123456789abcdef", "--body", "{\"name\": \"Rex\"}");
        assertThat(run.out()).startsWith("HTTP 400\n").contains("{\"error\": \"[");
    }

    @Test
    void aMethodThatNeedsAnApiKeyIsForbiddenWithoutOne() {
        CliRun run = invoke(PETSTORE, "POST", "/pets", "--header", "Content-Type=application/json",
                "--body", "{\"name\": \"Rex\", \"price\": 1}");
        assertThat(run.out()).startsWith("HTTP 403\n").contains("x-amzn-ErrorType: ForbiddenException")
                .contains("{\"message\":\"Forbidden\"}");
    }

    @Test
    void stageVariablesComeFromTheCommandLine() {
        CliRun run = invoke(PETSTORE, "GET", "/pets/1", "--stage-var", "backend=127.0.0.1:1", "--log");
        assertThat(run.out()).contains("http://127.0.0.1:1/pets/1");
    }

    @Test
    void pathWithoutSlashIsAUsageError() {
        CliRun run = invoke(PETSTORE, "GET", "pets");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("PATH must start with '/'");
    }

    @Test
    void missingProjectIsAnInputError() {
        assertThat(invoke("no-such-dir", "GET", "/").exitCode()).isEqualTo(3);
    }
}
