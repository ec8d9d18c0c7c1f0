package dev.apigw.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apigw.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code apigw test-template}: byte-exact output, inputs, picking from an API, --expect and errors. */
class TestTemplateCommandTest {
    @TempDir
    Path tmp;

    private Path template(String text) throws Exception {
        Path t = tmp.resolve("t.vtl");
        Files.writeString(t, text);
        return t;
    }

    @Test
    void printsExactlyTheRenderedOutput() throws Exception {
        Path t = template("{\n  \"name\": $input.json('$.name'),\n  \"id\": \"$input.params('id')\"\n}");
        CliRun run = CliRun.of("test-template", "--template", t.toString(), "--body", "{\"name\":\"x\"}",
                "--path-param", "id=7");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("{\n  \"name\": \"x\",\n  \"id\": \"7\"\n}");
    }

    @Test
    void readsHeadersQueryStageVariablesAndContext() throws Exception {
        Path t = template("$input.params('q')|$input.params().header.get('X-A')|$stageVariables.env|"
                + "$context.authorizer.principalId|$context.httpMethod");
        CliRun run = CliRun.of("test-template", "--template", t.toString(), "--query", "q=1", "--header", "X-A=h",
                "--stage-var", "env=prod", "--context", "authorizer.principalId=u1", "--method", "post");
        assertThat(run.out()).isEqualTo("1|h|prod|u1|POST");
    }

    @Test
    void bodyFromFileWithAtSign() throws Exception {
        Path body = tmp.resolve("b.json");
        Files.writeString(body, "{\"a\": [1, 2]}");
        CliRun run = CliRun.of("test-template", "--template", template("$input.path('$.a').size()").toString(),
                "--body", "@" + body);
        assertThat(run.out()).isEqualTo("2");
    }

    @Test
    void jsonOutputCarriesOverrides() throws Exception {
        Path t = template("#set($context.responseOverride.status = 418)"
                + "#set($context.responseOverride.header.X-Tea = \"pot\")ok");
        CliRun run = CliRun.of("test-template", "--template", t.toString(), "--output", "json");
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.path("output").asText()).isEqualTo("ok");
        assertThat(json.path("statusOverride").asInt()).isEqualTo(418);
        assertThat(json.path("headerOverrides").path("X-Tea").asText()).isEqualTo("pot");
        assertThat(json.path("contentType").asText()).isEqualTo("application/json");
    }

    @Test
    void prettyPrintsJson() throws Exception {
        CliRun run = CliRun.of("test-template", "--template", template("{\"a\":1}").toString(), "--pretty");
        assertThat(run.out()).contains("\"a\" : 1").contains("\n");
    }

    @Test
    void picksTemplatesOutOfTheSampleApi() {
        Path sample = sampleDir();
        CliRun request = CliRun.of("test-template", "--api", sample.toString(), "--method", "POST", "--path", "/pets",
                "--body", "{\"name\":\"x\",\"price\":5000}");
        assertThat(request.exitCode()).as(request.err()).isZero();
        assertThat(request.out().strip()).isEqualTo("{\"statusCode\": 422}");
        CliRun response = CliRun.of("test-template", "--api", sample.toString(), "--path", "/pets", "--response",
                "200", "--query", "type=cat", "--stage", "prod");
        assertThat(response.exitCode()).as(response.err()).isZero();
        assertThat(response.out()).contains("\"type\": \"cat\"").doesNotContain("\"dog\"")
                .contains("\"stage\": \"prod\"");
    }

    @Test
    void expectShowsADiffAndExitsOneOnMismatch() throws Exception {
        Path t = template("line1\nline2");
        Path good = tmp.resolve("good.txt");
        Files.writeString(good, "line1\nline2");
        Path bad = tmp.resolve("bad.txt");
        Files.writeString(bad, "line1\nother");
        assertThat(CliRun.of("test-template", "--template", t.toString(), "--expect", good.toString()).exitCode())
                .isZero();
        CliRun run = CliRun.of("test-template", "--template", t.toString(), "--expect", bad.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("- other", "+ line2");
    }

    @Test
    void templateErrorExitsOneWithLineAndColumn() throws Exception {
        CliRun run = CliRun.of("test-template", "--template", template("ok\n#if($x\n").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).containsPattern("\\d+:\\d+");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void unknownResourceIsAnInputError() {
        CliRun run = CliRun.of("test-template", "--api", sampleDir().toString(), "--path", "/nope");
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("no resource /nope");
    }

    static Path sampleDir() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("samples/petstore"))) {
            p = p.getParent();
        }
        return p.resolve("samples/petstore");
    }
}
