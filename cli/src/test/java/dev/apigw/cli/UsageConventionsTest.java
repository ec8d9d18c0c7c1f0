package dev.apigw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The conventions every command shares: exit codes in --help, colour rules, one-line errors, --stacktrace. */
class UsageConventionsTest {

    private static List<CommandLine> allCommands() {
        PrintWriter sink = new PrintWriter(new StringWriter());
        List<CommandLine> all = new ArrayList<>();
        collect(ApigwCli.create(sink, sink, ConsoleStyle.plain()), all);
        return all;
    }

    private static void collect(CommandLine command, List<CommandLine> all) {
        if (!command.getCommandSpec().helpCommand()) {
            all.add(command);
        }
        command.getSubcommands().values().stream().distinct().forEach(sub -> collect(sub, all));
    }

    @Nested
    class Help {
        @Test
        void everyCommandDocumentsExitCodes0To3OrItsOwn() {
            List<String> missing = new ArrayList<>();
            for (CommandLine command : allCommands()) {
                String[] path = command.getCommandSpec().qualifiedName(" ").split(" ");
                List<String> args = new ArrayList<>(List.of(path).subList(1, path.length));
                args.add("--help");
                CliRun run = CliRun.of(args.toArray(String[]::new));
                if (run.exitCode() != 0 || !run.out().contains("Exit codes:") || !run.out().contains("  0 ")
                        || !run.out().contains("  2 ")) {
                    missing.add(command.getCommandSpec().qualifiedName());
                }
            }
            assertThat(missing).isEmpty();
        }

        @Test
        void commandsWithoutTheirOwnListGetTheStandardOne() {
            CliRun run = CliRun.of("routes", "--help");
            assertThat(run.out()).contains("3   Input error: a file is missing, unreadable or invalid")
                    .contains("unless NO_COLOR is set");
        }

        @Test
        void theStandardListMatchesTheExitCodeConstants() {
            assertThat(UsageConventions.EXIT_CODES.keySet()).containsExactly(
                    String.valueOf(BaseCommand.EXIT_OK), String.valueOf(BaseCommand.EXIT_FINDINGS),
                    String.valueOf(BaseCommand.EXIT_USAGE), String.valueOf(BaseCommand.EXIT_INPUT));
        }
    }

    @Nested
    class Colour {
        private String diffOut(ConsoleStyle style) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            ApigwCli.run(new String[] {"diff", "src/test/resources/diff/v1.yaml", "src/test/resources/diff/v2.yaml"},
                    new PrintWriter(out), new PrintWriter(err), style);
            return out.toString();
        }

        @Test
        void diffIsColouredOnATerminal() {
            assertThat(diffOut(new ConsoleStyle(true, true))).contains("\u001b[");
        }

        @Test
        void noColorDisablesIt() {
            assertThat(diffOut(ConsoleStyle.detect(Map.of("NO_COLOR", "1")))).doesNotContain("\u001b[");
        }

        @Test
        void redirectedOutputHasNone() {
            // Under the test runner stdout/stderr are pipes, not terminals.
            assertThat(diffOut(ConsoleStyle.detect(Map.of()))).doesNotContain("\u001b[");
        }

        @Test
        void initErrorsAreColouredOnlyWhenStderrIsATerminal() throws Exception {
            java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("apigw-init");
            java.nio.file.Files.writeString(dir.resolve("openapi.yaml"), "mine");
            assertThat(initErr(dir, new ConsoleStyle(false, true))).startsWith("\u001b[").contains("error:");
            assertThat(initErr(dir, ConsoleStyle.plain())).startsWith("error:").doesNotContain("\u001b[");
        }

        private String initErr(java.nio.file.Path dir, ConsoleStyle style) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int exit = ApigwCli.run(new String[] {"init", dir.toString()}, new PrintWriter(out), new PrintWriter(err),
                    style);
            assertThat(exit).isEqualTo(2);
            return err.toString();
        }
    }

    @Nested
    class Errors {
        @Test
        void diffInputErrorIsOneLineWithAHintAndTheDetailOnRequest() {
            CliRun plain = CliRun.of("diff", "src/test/resources/diff/v1.yaml", "missing.yaml");
            assertThat(plain.exitCode()).isEqualTo(3);
            assertThat(plain.err().lines().toList()).hasSize(1);
            assertThat(plain.err()).startsWith("error: ");
            CliRun detailed = CliRun.of("diff", "src/test/resources/diff/v1.yaml", "missing.yaml", "--stacktrace");
            assertThat(detailed.exitCode()).isEqualTo(3);
            assertThat(detailed.err()).startsWith("error: ").contains("\tat ");
        }

        @Test
        void initWriteErrorIsOneLineAndStacktraceAddsTheDetail() throws Exception {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("apigw-init", ".txt");
            try {
                // DIR is a regular file: creating directories below it fails.
                CliRun plain = CliRun.of("init", file.toString());
                assertThat(plain.exitCode()).isEqualTo(3);
                assertThat(plain.err().lines().toList()).hasSize(1);
                assertThat(plain.err()).startsWith("error: ").contains("--stacktrace");
                CliRun detailed = CliRun.of("--stacktrace", "init", file.toString());
                assertThat(detailed.err()).contains("\tat ");
            } finally {
                java.nio.file.Files.deleteIfExists(file);
            }
        }
    }

    @Nested
    class QuietAndVerbose {
        @Test
        void validateVerboseSaysWhatWasCheckedEvenWithFindings() {
            CliRun normal = CliRun.of("validate", "../samples/petstore");
            CliRun verbose = CliRun.of("validate", "-v", "../samples/petstore");
            assertThat(normal.err()).contains("APIGW601").doesNotContain("checked ");
            assertThat(verbose.err()).contains("APIGW601").contains("checked ").contains(" rules)");
            assertThat(verbose.exitCode()).isEqualTo(normal.exitCode());
        }

        @Test
        void validateQuietHidesWarnings() {
            CliRun quiet = CliRun.of("validate", "-q", "../samples/petstore");
            assertThat(quiet.err()).doesNotContain("APIGW601");
        }

        @Test
        void quietAndVerboseTogetherAreAUsageErrorOnEveryCommandThatHasBoth() {
            for (String[] args : List.of(new String[] {"validate", "-q", "-v", "../samples/petstore"},
                    new String[] {"diff", "-q", "-v", "a", "b"}, new String[] {"init", "-q", "-v", "target/x"})) {
                CliRun run = CliRun.of(args);
                assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(2);
                assertThat(run.err()).contains("--quiet and --verbose cannot be used together");
            }
        }
    }
}
