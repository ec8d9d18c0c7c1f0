package dev.apigw.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.apigw.cli.CliRun;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code apigw import openapi} and {@code apigw export openapi}, run in-process. */
class ImportExportCommandTest {
    @TempDir
    Path tmp;

    static String resource(String name) {
        try {
            return Path.of(ImportExportCommandTest.class.getResource("/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Nested
    class Import {
        @Test
        void writesProjectFileAndModel() throws Exception {
            Path dir = tmp.resolve("p");
            CliRun run = CliRun.of("import", "openapi", resource("rest-api.yaml"), "-o", dir.toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(dir.resolve("apigw.yaml")).exists();
            assertThat(Files.readString(dir.resolve("apigw.yaml"))).contains("definition: api.yaml", "type: rest");
            assertThat(Files.readString(dir.resolve("api.yaml"))).startsWith("apigwModel: 1");
            assertThat(run.err()).contains("imported 'Every extension' (rest, 3 resources, 4 methods)");
        }

        @Test
        void refusesToOverwriteWithoutForce() {
            Path dir = tmp.resolve("p");
            assertThat(CliRun.of("import", "openapi", resource("rest-api.yaml"), "-o", dir.toString()).exitCode())
                    .isZero();
            CliRun again = CliRun.of("import", "openapi", resource("rest-api.yaml"), "-o", dir.toString());
            assertThat(again.exitCode()).isEqualTo(3);
            assertThat(again.err()).contains("already exists; pass --force");
            assertThat(CliRun.of("import", "openapi", resource("rest-api.yaml"), "-o", dir.toString(), "--force")
                    .exitCode()).isZero();
        }

        @Test
        void printsWarningsWithFileAndLineAndFailsOnThemWhenAsked() {
            CliRun run = CliRun.of("import", "openapi", resource("unknown-extensions.yaml"), "-o",
                    tmp.resolve("u").toString());
            assertThat(run.exitCode()).isZero();
            assertThat(run.err()).containsPattern("unknown-extensions.yaml:\\d+:\\d+: warning \\[APIGW-IMPORT-001\\]");
            CliRun strict = CliRun.of("import", "openapi", resource("unknown-extensions.yaml"), "-o",
                    tmp.resolve("v").toString(), "--fail-on-warnings");
            assertThat(strict.exitCode()).isEqualTo(3);
            assertThat(strict.err()).contains("APIGW-IMPORT-008");
        }

        @Test
        void missingFileIsAnInputError() {
            CliRun run = CliRun.of("import", "openapi", tmp.resolve("nope.yaml").toString(), "-o", tmp.toString());
            assertThat(run.exitCode()).isEqualTo(3);
            assertThat(run.err()).contains("nope.yaml");
        }

        @Test
        void malformedYamlNamesLineAndColumn() throws Exception {
            Path bad = tmp.resolve("bad.yaml");
            Files.writeString(bad, "openapi: 3.0.1\ninfo:\n  title: [unclosed\npaths: {}\n");
            CliRun run = CliRun.of("import", "openapi", bad.toString(), "-o", tmp.resolve("o").toString());
            assertThat(run.exitCode()).isEqualTo(3);
            assertThat(run.err()).containsPattern("bad.yaml:\\d+:\\d+");
        }

        @Test
        void mergeModeKeepsExistingMethodsAndAddsNewOnes() throws Exception {
            Path dir = tmp.resolve("m");
            assertThat(CliRun.of("import", "openapi", resource("rest-api.yaml"), "-o", dir.toString()).exitCode())
                    .isZero();
            CliRun merge = CliRun.of("import", "openapi", resource("unknown-extensions.yaml"), "-o", dir.toString(),
                    "--mode", "merge", "--output", "json");
            assertThat(merge.exitCode()).as(merge.err()).isZero();
            JsonNode report = new ObjectMapper().readTree(merge.out());
            assertThat(report.path("resources").asInt()).isEqualTo(4);
            assertThat(report.path("findings").path("diagnostics").size()).isPositive();
        }
    }

    @Nested
    class Export {
        @Test
        void exportsImportedProjectAsSwaggerYaml() throws Exception {
            Path dir = tmp.resolve("p");
            CliRun.of("import", "openapi", resource("rest-api.yaml"), "-o", dir.toString());
            CliRun run = CliRun.of("export", "openapi", dir.toString(), "--type", "swagger", "--format", "yaml");
            assertThat(run.exitCode()).as(run.err()).isZero();
            JsonNode doc = new YAMLMapper().readTree(run.out());
            assertThat(doc.path("swagger").asText()).isEqualTo("2.0");
            assertThat(doc.at("/paths/~1pets/get/x-amazon-apigateway-integration/type").asText()).isEqualTo("http");
        }

        @Test
        void exportsStraightFromAnOpenApiFileWithOnlyIntegrations() throws Exception {
            CliRun run = CliRun.of("export", "openapi", resource("rest-api.yaml"), "--format", "json",
                    "--extensions", "integrations");
            assertThat(run.exitCode()).as(run.err()).isZero();
            JsonNode doc = new ObjectMapper().readTree(run.out());
            assertThat(doc.at("/paths/~1pets/get/x-amazon-apigateway-integration").isObject()).isTrue();
            assertThat(doc.has("x-amazon-apigateway-gateway-responses")).isFalse();
            assertThat(doc.at("/components/securitySchemes/lambda-token/x-amazon-apigateway-authorizer")
                    .isMissingNode()).isTrue();
        }

        @Test
        void stageResolvesStageVariablesInUrisAndSetsBasePath() throws Exception {
            Path dir = tmp.resolve("s");
            CliRun.of("import", "openapi", resource("rest-api.yaml"), "-o", dir.toString());
            Files.writeString(dir.resolve("apigw.yaml"), "definition: api.yaml\nstages:\n  prod:\n    variables:\n"
                    + "      env: production\n");
            CliRun run = CliRun.of("export", "openapi", dir.toString(), "--stage", "prod", "--format", "json");
            JsonNode doc = new ObjectMapper().readTree(run.out());
            assertThat(doc.at("/paths/~1pets/get/x-amazon-apigateway-integration/uri").asText())
                    .isEqualTo("https://backend.example.com/production/pets");
            assertThat(doc.at("/servers/0/variables/basePath/default").asText()).isEqualTo("prod");
        }

        @Test
        void writesJsonToAFileNamedDotJsonAndYamlOtherwiseUnlessFormatSaysSo() throws Exception {
            Path json = tmp.resolve("api.json");
            Path yaml = tmp.resolve("api.yaml");
            Path forcedYaml = tmp.resolve("yaml-anyway.json");
            assertThat(CliRun.of("export", "openapi", resource("rest-api.yaml"), "-o", json.toString()).exitCode())
                    .isZero();
            assertThat(CliRun.of("export", "openapi", resource("rest-api.yaml"), "-o", yaml.toString()).exitCode())
                    .isZero();
            assertThat(CliRun.of("export", "openapi", resource("rest-api.yaml"), "-o", forcedYaml.toString(),
                    "--format", "yaml").exitCode()).isZero();

            assertThat(new ObjectMapper().readTree(Files.readString(json)).path("openapi").asText())
                    .isEqualTo("3.0.1");
            assertThat(Files.readString(yaml)).startsWith("openapi: ");
            assertThat(Files.readString(forcedYaml)).startsWith("openapi: ");
        }

        @Test
        void refusesToOverwriteOutputFileWithoutForce() throws Exception {
            Path target = tmp.resolve("out.yaml");
            Files.writeString(target, "mine");
            CliRun run = CliRun.of("export", "openapi", resource("rest-api.yaml"), "-o", target.toString());
            assertThat(run.exitCode()).isEqualTo(3);
            assertThat(Files.readString(target)).isEqualTo("mine");
        }

        @Test
        void unknownTypeIsAUsageError() {
            CliRun run = CliRun.of("export", "openapi", resource("rest-api.yaml"), "--type", "raml");
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("unknown export type 'raml'");
        }
    }

    @Test
    void exportingAWebSocketApiIsAnInputError() {
        CliRun run = CliRun.of("export", "openapi", java.nio.file.Path.of("..", "samples", "chat").toString());
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("is a WebSocket API, which has no OpenAPI form");
    }
}
