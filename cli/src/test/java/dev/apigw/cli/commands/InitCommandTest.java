package dev.apigw.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apigw.cli.CliRun;
import dev.apigw.cli.init.TemplateFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code apigw init}: every template gives a project that validates and answers a request. */
class InitCommandTest {

    @TempDir
    Path tmp;

    private String dir(String name) {
        return tmp.resolve(name).toString();
    }

    @Nested
    class Templates {
        @Test
        void restIsThePetstoreAndAnswersGetPets() {
            CliRun init = CliRun.of("init", dir("rest"));
            assertThat(init.exitCode()).isZero();
            assertThat(init.out()).contains("Created REST API").contains("apigw invoke " + dir("rest") + " GET /pets");
            assertThat(tmp.resolve("rest/apigw.yaml")).exists();
            assertThat(tmp.resolve("rest/templates/get-pets-response.vtl")).exists();

            assertThat(CliRun.of("validate", dir("rest")).exitCode()).isZero();
            CliRun invoke = CliRun.of("invoke", dir("rest"), "GET", "/pets");
            assertThat(invoke.exitCode()).isZero();
            assertThat(invoke.out()).startsWith("HTTP 200").contains("\"type\": \"dog\"");
        }

        @Test
        void httpRunsItsLocalFunction() {
            assertThat(CliRun.of("init", "--template", "http", dir("http")).exitCode()).isZero();
            assertThat(CliRun.of("validate", dir("http")).exitCode()).isZero();
            CliRun invoke = CliRun.of("invoke", dir("http"), "GET", "/notes/2");
            assertThat(invoke.exitCode()).isZero();
            assertThat(invoke.out()).startsWith("HTTP 200");
        }

        @Test
        void lambdaHasAnAuthorizerThatLetsAliceIn() {
            assertThat(CliRun.of("init", "-t", "lambda", dir("lambda")).exitCode()).isZero();
            assertThat(CliRun.of("validate", dir("lambda")).exitCode()).isZero();
            assertThat(CliRun.of("invoke", dir("lambda"), "GET", "/hello", "--header", "Authorization=allow-alice")
                    .out()).startsWith("HTTP 200");
            assertThat(CliRun.of("invoke", dir("lambda"), "GET", "/hello").out()).startsWith("HTTP 401");
        }

        @Test
        void websocketNeedsTheChatSample() {
            CliRun run = CliRun.of("init", "--template", "websocket", dir("ws"));
            if (TemplateFiles.read("chat").isPresent()) {
                assertThat(run.exitCode()).isZero();
                assertThat(CliRun.of("validate", dir("ws")).exitCode()).isZero();
            } else {
                assertThat(run.exitCode()).isEqualTo(3);
                assertThat(run.err()).isEqualTo("error: template 'websocket' is not available yet in this build"
                        + System.lineSeparator());
                assertThat(tmp.resolve("ws")).doesNotExist();
            }
        }

        @Test
        void unknownTemplateIsAUsageError() {
            CliRun run = CliRun.of("init", "--template", "graphql", dir("x"));
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("rest, http, websocket, lambda");
        }
    }

    @Nested
    class Overwriting {
        @Test
        void refusesAndListsTheFilesThatExist() throws Exception {
            Path project = Files.createDirectories(tmp.resolve("p"));
            Files.writeString(project.resolve("openapi.yaml"), "mine");
            CliRun run = CliRun.of("init", project.toString());
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("already has 1 file(s) the template would overwrite")
                    .contains("  " + project.resolve("openapi.yaml"));
            assertThat(project.resolve("openapi.yaml")).hasContent("mine");
            assertThat(project.resolve("apigw.yaml")).doesNotExist();
        }

        @Test
        void forceReplacesThem() throws Exception {
            Path project = Files.createDirectories(tmp.resolve("p"));
            Files.writeString(project.resolve("openapi.yaml"), "mine");
            assertThat(CliRun.of("init", "--force", project.toString()).exitCode()).isZero();
            assertThat(Files.readString(project.resolve("openapi.yaml"))).contains("x-amazon-apigateway-integration");
        }

        @Test
        void otherFilesInTheDirectoryAreKept() throws Exception {
            Path project = Files.createDirectories(tmp.resolve("p"));
            Files.writeString(project.resolve("notes.txt"), "keep");
            assertThat(CliRun.of("init", project.toString()).exitCode()).isZero();
            assertThat(project.resolve("notes.txt")).hasContent("keep");
        }
    }

    @Nested
    class Output {
        @Test
        void jsonListsTheFilesWritten() throws Exception {
            CliRun run = CliRun.of("init", "--output", "json", dir("j"));
            JsonNode result = new ObjectMapper().readTree(run.out());
            assertThat(result.get("template").asText()).isEqualTo("rest");
            assertThat(result.get("files").toString()).contains("\"apigw.yaml\"", "\"openapi.yaml\"");
            assertThat(result.get("next").asText()).isEqualTo("apigw invoke " + dir("j") + " GET /pets");
        }

        @Test
        void quietPrintsNothingAndVerboseEveryFile() {
            assertThat(CliRun.of("init", "-q", dir("q")).out()).isEmpty();
            assertThat(CliRun.of("init", "-v", dir("v")).out()).contains("  created " + tmp.resolve("v/apigw.yaml"));
        }
    }
}
