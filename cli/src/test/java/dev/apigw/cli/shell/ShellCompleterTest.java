package dev.apigw.cli.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.cli.ConsoleStyle;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jline.reader.Candidate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** The completer on its own: the real command tree, a fixed API (stages, methods, routes) and a temporary directory. */
class ShellCompleterTest {

    /** A REST API with two stages and three resources; ANY on /files/{path+}. */
    private static final CompletionData API = new CompletionData() {
        @Override
        public List<String> stageNames() {
            return List.of("dev", "prod");
        }

        @Override
        public List<String> httpMethods() {
            return List.of("GET", "POST", "ANY");
        }

        @Override
        public List<String> routePaths(String method) {
            return switch (method.toUpperCase(Locale.ROOT)) {
                case "POST" -> List.of("/files/{path+}", "/pets");
                case "GET" -> List.of("/files/{path+}", "/pets", "/pets/{petId}");
                default -> List.of("/files/{path+}", "/pets", "/pets/{petId}");
            };
        }
    };

    @TempDir
    Path dir;

    ShellCompleter completer;
    ShellSession session;

    @BeforeEach
    void setUp() throws Exception {
        // The shell's own tree, as ShellCommandLine builds it for each line; the API data is the fixed one above.
        session = ShellSession.open(Path.of("..", "samples", "petstore"), java.util.Map.of());
        CommandLine commandLine = ShellCommandLine.create(session, new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()), ConsoleStyle.plain());
        CommandSpec root = commandLine.getCommandSpec();
        completer = new ShellCompleter(root, API, dir);
        Files.createDirectories(dir.resolve("specs"));
        Files.writeString(dir.resolve("specs").resolve("orders.yaml"), "");
        Files.writeString(dir.resolve("openapi.yaml"), "");
    }

    private List<String> values(String... line) {
        List<String> words = List.of(line);
        return completer.candidates(words.subList(0, words.size() - 1), words.get(words.size() - 1)).stream()
                .map(Candidate::value).toList();
    }

    @Nested
    class Commands {
        @Test
        void theFirstWordCompletesToEveryCommandIncludingTheShellOnes() {
            assertThat(values("")).contains("routes", "describe", "invoke", "serve", "stop", "reload", "exit",
                    "validate", "import", "export", "help").doesNotContain("shell");
        }

        @Test
        void aGroupCompletesToItsSubcommands() {
            assertThat(values("import", "")).contains("openapi", "cloudformation", "sam");
            assertThat(values("export", "")).containsExactly("openapi");
        }

        @Test
        void helpCompletesCommandNamesAtAnyDepth() {
            assertThat(values("help", "")).contains("routes", "invoke", "import");
            assertThat(values("help", "import", "")).contains("openapi", "cloudformation", "sam");
        }

        @Test
        void commandCandidatesCarryTheirDescription() {
            Candidate routes = completer.candidates(List.of(), "").stream()
                    .filter(c -> c.value().equals("routes")).findFirst().orElseThrow();
            assertThat(routes.descr()).startsWith("List the resources and methods");
            assertThat(routes.complete()).isTrue();
        }
    }

    @Nested
    class Options {
        @Test
        void aDashCompletesTheOptionsOfTheCommand() {
            assertThat(values("invoke", "-")).contains("-H", "--header", "--query", "-d", "--body", "--log",
                    "--stage", "--stage-var", "--output", "--help");
            assertThat(values("routes", "--")).contains("--output", "--param").doesNotContain("--header");
        }

        @Test
        void stageOptionsCompleteToTheApisStages() {
            assertThat(values("invoke", "--stage", "")).containsExactly("dev", "prod");
            assertThat(values("serve", "--stage", "p")).containsExactly("dev", "prod"); // JLine filters by prefix
        }

        @Test
        void enumOptionsCompleteToTheirValues() {
            assertThat(values("routes", "--output", "")).containsExactly("text", "json");
        }

        @Test
        void pathOptionsCompleteToFiles() {
            assertThat(values("import", "openapi", "--out", "")).contains("openapi.yaml", "specs/");
        }

        @Test
        void anOptionsValueIsNotTakenForAPositional() {
            // --stage dev is an option and its value: the next word is still METHOD.
            assertThat(values("invoke", "--stage", "dev", "")).containsExactly("GET", "POST", "ANY");
        }
    }

    @Nested
    class Routes {
        @Test
        void invokeAndDescribeCompleteTheMethodsThenThePathsForThatMethod() {
            assertThat(values("invoke", "")).containsExactly("GET", "POST", "ANY");
            assertThat(values("describe", "POST", "/")).containsExactly("/files/{path+}", "/pets");
            assertThat(values("invoke", "GET", "/pe")).containsExactly("/files/{path+}", "/pets", "/pets/{petId}");
        }

        @Test
        void optionsBetweenMethodAndPathDoNotShiftThePositionals() {
            assertThat(values("invoke", "GET", "-H", "a=b", "")).containsExactly("/files/{path+}", "/pets",
                    "/pets/{petId}");
        }

        @Test
        void nothingIsOfferedAfterThePath() {
            assertThat(values("invoke", "GET", "/pets", "")).isEmpty();
        }
    }

    @Nested
    class FilePaths {
        @Test
        void positionalPathsCompleteToFilesAndDirectories() {
            List<Candidate> candidates = completer.candidates(List.of("import", "openapi"), "");
            assertThat(candidates).extracting(Candidate::value).containsExactly("openapi.yaml", "specs/");
            // A directory leaves the word open so TAB goes on into it; a file ends it.
            assertThat(candidates).extracting(Candidate::complete).containsExactly(true, false);
        }

        @Test
        void aWordWithASlashCompletesInsideThatDirectory() {
            assertThat(values("validate", "specs/o")).containsExactly("specs/orders.yaml");
        }

        @Test
        void aMissingDirectoryCompletesToNothing() {
            assertThat(values("validate", "nowhere/x")).isEmpty();
        }
    }
}
