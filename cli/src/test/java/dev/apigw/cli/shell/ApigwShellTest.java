package dev.apigw.cli.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.cli.ConsoleStyle;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code apigw shell} driven through a JLine terminal over pipes (see {@link ShellDriver}): keystrokes in, screen
 * out, on a copy of the petstore sample so that the history file lands in a temporary directory.
 */
@Timeout(60)
class ApigwShellTest {
    private static final Path PETSTORE = Path.of("..", "samples", "petstore");

    @TempDir
    Path temp;

    Path project;

    @BeforeEach
    void copyPetstore() throws Exception {
        project = temp.resolve("petstore");
        try (Stream<Path> files = Files.walk(PETSTORE)) {
            for (Path source : files.toList()) {
                Path target = project.resolve(PETSTORE.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    private ShellDriver shell() throws Exception {
        ShellDriver driver = new ShellDriver(project, ConsoleStyle.plain());
        driver.await(0, "apigw:petstore> ");
        return driver;
    }

    @Nested
    class Commands {
        @Test
        void routesPrintsTheResourceTree() throws Exception {
            try (ShellDriver shell = shell()) {
                int mark = shell.text().length();
                shell.type("routes\r");
                shell.await(mark, "/\n  /pets\n    GET   MOCK        NONE\n    POST  MOCK        NONE \\+api-key\n"
                        + "    /\\{petId\\}\n      GET   HTTP_PROXY  NONE\n");
            }
        }

        @Test
        void invokeRunsARequestThroughTheLoadedApiWithoutAServer() throws Exception {
            try (ShellDriver shell = shell()) {
                int mark = shell.text().length();
                shell.type("invoke GET /pets -H Accept=application/json\r");
                shell.await(mark, "HTTP 200\n.*Access-Control-Allow-Origin: \\*\n.*\"pets\": \\[.*\"type\": \"dog\""
                        + ".*\"stage\": \"dev\"");
            }
        }

        @Test
        void describeShowsTheWholeMethod() throws Exception {
            try (ShellDriver shell = shell()) {
                int mark = shell.text().length();
                shell.type("describe POST /pets\r");
                shell.await(mark, "POST /pets\n.*Method request\n  parameters: none\n  body \\(required\\): application/json -> NewPet"
                        + "\n  request validator: body-only.*API key required: true.*Integration responses\n"
                        + "  422 -> 422");
            }
        }

        @Test
        void otherCommandsTakeTheLoadedProjectAsTheirProject() throws Exception {
            try (ShellDriver shell = shell()) {
                int mark = shell.text().length();
                shell.type("export openapi --format json\r");
                shell.await(mark, "\"title\" ?: \"Petstore \\(apigw sample\\)\"");
            }
        }

        @Test
        void aTypedProjectWinsOverTheLoadedOne() throws Exception {
            try (ShellDriver shell = shell()) {
                int mark = shell.text().length();
                shell.type("routes " + Path.of("..", "samples", "http-api").toAbsolutePath() + "\r");
                shell.await(mark, "notes-http-api \\(HTTP API\\): 5 route\\(s\\)\n\\$default ");
                mark = shell.text().length();
                shell.type("validate\r");
                // the loaded project (petstore: two open GET methods), not the working directory
                shell.await(mark, "petstore/openapi.yaml:27:5: warning \\[APIGW601\\].*0 errors, 2 warnings");
            }
        }

        @Test
        void aFailingCommandPrintsOneErrorLineAndItsExitCodeInThePrompt() throws Exception {
            try (ShellDriver shell = shell()) {
                int mark = shell.text().length();
                shell.type("describe GET /nowhere\r");
                shell.await(mark, "error: no resource matches GET /nowhere; closest is /pets.*\n\\[2\\] apigw:petstore> ");
                mark = shell.text().length();
                shell.type("frobnicate\r");
                shell.await(mark, "Unmatched argument at index 0: 'frobnicate'");
                assertThat(shell.running()).isTrue();
            }
        }

        @Test
        void helpListsTheShellCommandsAndHelpCommandShowsOne() throws Exception {
            try (ShellDriver shell = shell()) {
                int mark = shell.text().length();
                shell.type("help\r");
                shell.await(mark, "routes .*describe .*invoke .*serve .*stop .*reload .*exit, quit");
                mark = shell.text().length();
                shell.type("help invoke\r");
                shell.await(mark, "Usage: apigw invoke .*METHOD PATH.*-H, --header=K=V");
            }
        }

        @Test
        void diagnosticsAreColouredWhenTheStyleAllowsIt() throws Exception {
            try (ShellDriver shell = new ShellDriver(project, new ConsoleStyle(true, true))) {
                shell.await(0, "apigw:petstore");
                shell.type("describe GET /nowhere\r");
                shell.await(0, "error:");
                Assertions.assertThat(shellRaw(shell)).contains("\u001b[1;31merror:\u001b[0m");
            }
        }
    }

    @Nested
    class Completion {
        @Test
        void tabCompletesACommandName() throws Exception {
            try (ShellDriver shell = shell()) {
                int mark = shell.text().length();
                shell.type("rou\t");
                shell.await(mark, "routes ");
                shell.type("\r");
                shell.await(mark, "  /pets\n    GET   MOCK");
            }
        }

        @Test
        void tabCompletesARoutePathForTheMethod() throws Exception {
            try (ShellDriver shell = shell()) {
                int mark = shell.text().length();
                shell.type("describe GET /pets/\t");
                shell.await(mark, "/pets/\\{petId\\}");
                shell.type("\r");
                shell.await(mark, "GET /pets/\\{petId\\}\n  operation: getPet");
            }
        }

        @Test
        void tabCompletesAStageName() throws Exception {
            try (ShellDriver shell = shell()) {
                int mark = shell.text().length();
                shell.type("invoke --stage pr\t");
                shell.await(mark, "--stage prod ");
            }
        }
    }

    @Nested
    class ServeAndStop {
        @Test
        void serveStartsABackgroundServerThatAnswersUntilStop() throws Exception {
            try (ShellDriver shell = shell()) {
                int mark = shell.text().length();
                shell.type("serve\r");
                Matcher url = shell.await(mark, "apigw: serving Petstore \\(apigw sample\\) stage dev at "
                        + "(http://127\\.0\\.0\\.1:\\d+/dev)\n");
                HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url.group(1)
                        + "/pets?type=fish")).timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(response.body()).contains("\"type\": \"fish\"").doesNotContain("\"dog\"");

                mark = shell.text().length();
                shell.type("stop\r");
                shell.await(mark, "apigw: stopped " + url.group(1).replace(".", "\\."));
                Assertions.assertThatThrownBy(() -> client.send(HttpRequest.newBuilder(URI.create(url.group(1)
                        + "/pets")).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()))
                        .isInstanceOf(ConnectException.class);
            }
        }

        @Test
        void serveTwiceIsAnError() throws Exception {
            try (ShellDriver shell = shell()) {
                int mark = shell.text().length();
                shell.type("serve\rserve\r");
                shell.await(mark, "error: already serving at http://127\\.0\\.0\\.1:\\d+/dev; run 'stop' first");
            }
        }
    }

    @Nested
    class Reload {
        @Test
        void reloadReadsTheEditedProject() throws Exception {
            try (ShellDriver shell = shell()) {
                Path openapi = project.resolve("openapi.yaml");
                Files.writeString(openapi, Files.readString(openapi).replace("  /pets/{petId}:", "  /toys:\n"
                        + "    get:\n      x-amazon-apigateway-integration:\n        type: mock\n"
                        + "        requestTemplates: {application/json: '{\"statusCode\": 200}'}\n"
                        + "        responses: {default: {statusCode: \"200\"}}\n  /pets/{petId}:"));
                int mark = shell.text().length();
                shell.type("routes\r");
                shell.await(mark, "/pets\n.*apigw:petstore> ");
                assertThat(shell.textSince(mark)).doesNotContain("/toys");

                mark = shell.text().length();
                shell.type("reload\r");
                shell.await(mark, "apigw: reloaded Petstore \\(apigw sample\\) \\(4 method\\(s\\)\\)");
                mark = shell.text().length();
                shell.type("invoke GET /toys\r");
                shell.await(mark, "HTTP 200\n");
            }
        }

        @Test
        void aBrokenEditKeepsTheLastGoodProject() throws Exception {
            try (ShellDriver shell = shell()) {
                Files.writeString(project.resolve("openapi.yaml"), "openapi: [unclosed");
                int mark = shell.text().length();
                shell.type("reload\r");
                shell.await(mark, "error: .*malformed YAML.*\n\\[3\\] apigw:petstore> ");
                mark = shell.text().length();
                shell.type("invoke GET /pets\r");
                shell.await(mark, "HTTP 200\n");
            }
        }
    }

    @Nested
    class Leaving {
        @Test
        void exitEndsTheShellAndTheHistoryIsSavedInTheProject() throws Exception {
            try (ShellDriver shell = shell()) {
                shell.type("routes\r");
                shell.await(0, "HTTP_PROXY");
                shell.type("invoke GET /pets\r");
                shell.await(0, "HTTP 200");
                shell.type("exit\r");
                assertThat(shell.awaitExit()).isZero();
            }
            Path history = project.resolve(".apigw").resolve("history");
            assertThat(history).isRegularFile();
            assertThat(Files.readString(history)).contains(":routes\n").contains(":invoke GET /pets\n")
                    .contains(":exit\n");
        }

        @Test
        void ctrlDOnAnEmptyLineEndsTheShellAndStopsTheServer() throws Exception {
            try (ShellDriver shell = shell()) {
                shell.type("serve\r");
                Matcher url = shell.await(0, "at (http://\\S+)\n");
                shell.type("\u0004");
                assertThat(shell.awaitExit()).isZero();
                assertThat(shell.session().served()).isEmpty();
                HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
                Assertions.assertThatThrownBy(() -> client.send(HttpRequest.newBuilder(URI.create(url.group(1)))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()))
                        .isInstanceOf(ConnectException.class);
            }
        }

        @Test
        void theHistoryOfAnEarlierSessionIsRecalledWithCtrlP() throws Exception {
            try (ShellDriver shell = shell()) {
                shell.type("routes\r");
                shell.await(0, "HTTP_PROXY");
                shell.type("quit\r");
                shell.awaitExit();
            }
            try (ShellDriver shell = shell()) {
                int mark = shell.text().length();
                shell.type("\u0010\u0010\r"); // Ctrl-P twice: quit, then routes
                shell.await(mark, "  /pets\n    GET   MOCK");
            }
        }
    }

    @Test
    void aProjectThatCannotBeLoadedFailsBeforeTheShellStarts() {
        dev.apigw.cli.CliRun run = dev.apigw.cli.CliRun.of("shell", temp.resolve("missing").toString());
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).startsWith("error: ").contains("missing: no such file or directory")
                .doesNotContain("Exception");
        assertThat(run.out()).isEmpty();
    }

    private static String shellRaw(ShellDriver shell) {
        return shell.rawText();
    }
}
