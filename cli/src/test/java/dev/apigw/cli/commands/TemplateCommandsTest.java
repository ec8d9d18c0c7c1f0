package dev.apigw.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** routes, export, invoke-function and import on a SAM template with several APIs, as they are. */
@Timeout(60)
class TemplateCommandsTest {
    private static final String SAM_APP = Path.of("..", "simulator", "src", "test", "resources", "apis", "templates",
            "sam-app").toString();

    @Test
    void routesListsEveryApiOfTheTemplate() {
        CliRun run = CliRun.of("routes", SAM_APP);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("[ItemsApi] (REST API)").contains("[ServerlessRestApi] (REST API)")
                .contains("[ServerlessHttpApi] (HTTP API)").contains("CUSTOM(TokenAuth) +api-key");
    }

    @Test
    void exportWritesTheOpenApiOfTheChosenApi() {
        CliRun run = CliRun.of("export", "openapi", SAM_APP, "--api", "ItemsApi", "--format", "yaml");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("/items/{id}:").contains("function:ItemsFunction/invocations")
                .contains("x-amazon-apigateway-authorizer:").doesNotContain("/hello");
    }

    @Test
    void aCommandNeedingOneApiListsThemWhenNoneIsChosen() {
        CliRun run = CliRun.of("export", "openapi", SAM_APP);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("defines 3 APIs").contains("ItemsApi").contains("--api");
    }

    @Test
    void invokeFunctionRunsATemplateFunctionFromItsInlineCode(@TempDir Path dir) throws Exception {
        Path event = dir.resolve("event.json");
        Files.writeString(event, "{\"type\":\"TOKEN\",\"authorizationToken\":\"allow\",\"methodArn\":\"arn:x\"}");
        CliRun run = CliRun.of("invoke-function", SAM_APP, "AuthFunction", "--event", event.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"principalId\":\"user-1\"").contains("\"Effect\":\"Allow\"");
    }

    @Test
    void importKeepsTheTemplatesStagesAndFunctions(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.of("import", "cloudformation", Path.of(SAM_APP, "template.yaml").toString(),
                "--resource", "ItemsApi", "-o", dir.resolve("items").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        String project = Files.readString(dir.resolve("items/apigw.yaml"));
        assertThat(project).contains("v1:").contains("table: items-v1").contains("ItemsFunction:")
                .contains("runtime: python3.11").contains("handler: items.handler")
                .doesNotContain("dev:");
        CliRun routes = CliRun.of("invoke", dir.resolve("items").toString(), "GET", "/items/3", "--stage", "v1",
                "--header", "Authorization=allow", "--header", "x-api-key=apigw-local-key-ItemsApiApiKey");
        assertThat(routes.exitCode()).as(routes.err()).isZero();
        assertThat(routes.out()).startsWith("HTTP 200").contains("\"id\": \"3\"");
    }

    /** The sam-app fixture copied where a test may add files beside its template. */
    private static Path copyOfSamApp(Path dir) throws Exception {
        Path from = Path.of(SAM_APP);
        try (var files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = dir.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        return dir;
    }

    @Test
    void samconfigParameterOverridesFillTheTemplatesParameters(@TempDir Path dir) throws Exception {
        Path app = copyOfSamApp(dir);
        Files.writeString(app.resolve("samconfig.toml"), "version = 0.1\n[default.deploy.parameters]\n"
                + "parameter_overrides = \"Greeting=\\\"good day\\\"\"\n");
        CliRun run = CliRun.of("invoke", app.toString(), "GET", "/hello", "--api", "ServerlessRestApi", "--stage",
                "Prod");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("good day world");
        CliRun overridden = CliRun.of("invoke", app.toString(), "GET", "/hello", "--api", "ServerlessRestApi",
                "--stage", "Prod", "--parameter-overrides", "Greeting=hey");
        assertThat(overridden.out()).contains("hey world");
    }

    @Test
    void anApigwYamlBesideTheTemplateOverridesItsStagesAndFunctions(@TempDir Path dir) throws Exception {
        Path app = copyOfSamApp(dir);
        Files.writeString(app.resolve("apigw.yaml"), "stages:\n  v1:\n    variables: { table: local-items }\n");
        CliRun run = CliRun.of("invoke", app.toString(), "GET", "/items/5", "--api", "ItemsApi", "--stage", "v1",
                "--header", "Authorization=allow", "--header", "x-api-key=apigw-local-key-ItemsApiApiKey");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"table\": \"local-items\"");
    }
}
