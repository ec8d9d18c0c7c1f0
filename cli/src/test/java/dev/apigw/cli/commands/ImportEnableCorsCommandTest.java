package dev.apigw.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.apigw.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code apigw import openapi --enable-cors ORIGIN}, run in-process and read back with export. */
class ImportEnableCorsCommandTest {
    private static final String DOC = """
            openapi: 3.0.1
            info: { title: pets, version: "1" }
            paths:
              /pets:
                get:
                  responses: { "200": { description: ok } }
                  x-amazon-apigateway-integration:
                    type: mock
                    requestTemplates: { application/json: '{"statusCode": 200}' }
                    responses: { default: { statusCode: "200" } }
            """;

    @TempDir
    Path tmp;

    private Path doc() throws Exception {
        Path file = tmp.resolve("pets.yaml");
        Files.writeString(file, DOC);
        return file;
    }

    private JsonNode exported(Path project) throws Exception {
        CliRun export = CliRun.of("export", "openapi", project.toString(), "--format", "yaml");
        assertThat(export.exitCode()).as(export.err()).isZero();
        return new YAMLMapper().readTree(export.out());
    }

    @Test
    void addsAnOptionsMethodAndAllowOrigin() throws Exception {
        Path dir = tmp.resolve("p");
        CliRun run = CliRun.of("import", "openapi", doc().toString(), "-o", dir.toString(),
                "--enable-cors", "https://app.example.com", "--cors-headers", "Content-Type,X-Custom");
        assertThat(run.exitCode()).as(run.err()).isZero();

        JsonNode pets = exported(dir).path("paths").path("/pets");
        JsonNode preflight = pets.path("options").path("x-amazon-apigateway-integration");
        assertThat(preflight.path("type").asText()).isEqualTo("mock");
        JsonNode parameters = preflight.path("responses").path("default").path("responseParameters");
        assertThat(parameters.path("method.response.header.Access-Control-Allow-Origin").asText())
                .isEqualTo("'https://app.example.com'");
        assertThat(parameters.path("method.response.header.Access-Control-Allow-Methods").asText())
                .isEqualTo("'GET,OPTIONS'");
        assertThat(parameters.path("method.response.header.Access-Control-Allow-Headers").asText())
                .isEqualTo("'Content-Type,X-Custom'");
        assertThat(pets.path("get").path("x-amazon-apigateway-integration").path("responses").path("default")
                .path("responseParameters").path("method.response.header.Access-Control-Allow-Origin").asText())
                .isEqualTo("'https://app.example.com'");
    }

    @Test
    void withoutTheOptionNothingIsAdded() throws Exception {
        Path dir = tmp.resolve("p");
        assertThat(CliRun.of("import", "openapi", doc().toString(), "-o", dir.toString()).exitCode()).isZero();

        assertThat(exported(dir).path("paths").path("/pets").has("options")).isFalse();
    }

    @Test
    void aValueThatIsNotAnOriginIsAUsageError() throws Exception {
        CliRun run = CliRun.of("import", "openapi", doc().toString(), "-o", tmp.resolve("p").toString(),
                "--enable-cors", "app.example.com/x");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("'app.example.com/x' is not an origin");
        assertThat(tmp.resolve("p")).doesNotExist();
    }

    @Test
    void corsHeadersWithoutEnableCorsIsAUsageError() throws Exception {
        CliRun run = CliRun.of("import", "openapi", doc().toString(), "-o", tmp.resolve("p").toString(),
                "--cors-headers", "X-A");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("need --enable-cors");
    }
}
