package dev.apigw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.model.diag.ApigwException;
import dev.apigw.model.diag.Diagnostic;
import dev.apigw.model.diag.SourceLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

class ApigwCliTest {

    @Nested
    class Version {

        @Test
        void prints_the_maven_project_version_and_exits_0() {
            CliRun run = CliRun.of("--version");

            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).startsWith("apigw 0.1.0-SNAPSHOT" + System.lineSeparator());
            assertThat(run.err()).isEmpty();
        }

        @Test
        void the_filtered_resource_holds_a_real_version() {
            assertThat(VersionProvider.version()).isNotEqualTo("unknown").doesNotContain("${");
        }
    }

    @Nested
    class Help {

        @Test
        void lists_the_command_groups_and_the_exit_codes() {
            CliRun run = CliRun.of("--help");

            assertThat(run.exitCode()).isZero();
            assertThat(run.out())
                    .startsWith("Usage: apigw ")
                    .contains("help", "import", "export", "--stacktrace", "--version")
                    .contains("Exit codes:")
                    .containsPattern("(?m)^  0 +Success")
                    .containsPattern("(?m)^  1 +Findings")
                    .containsPattern("(?m)^  2 +Usage error")
                    .containsPattern("(?m)^  3 +Input error");
            assertThat(run.err()).isEmpty();
        }

        @Test
        void help_subcommand_shows_a_command_s_usage() {
            CliRun run = CliRun.of("help", "import");

            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).startsWith("Usage: apigw import").contains("Import an API definition");
        }

        @Test
        void help_subcommand_walks_nested_commands() {
            CliRun run = CliRun.with(
                    cl -> cl.getSubcommands().get("import").addSubcommand(new Boom()), "help", "import", "boom");

            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).startsWith("Usage: apigw import boom");
        }

        @Test
        void help_without_a_command_shows_the_top_level_usage() {
            assertThat(CliRun.of("help").out()).startsWith("Usage: apigw ").contains("Exit codes:");
        }

        @Test
        void groups_accept_help_options_too() {
            assertThat(CliRun.of("export", "--help").out()).startsWith("Usage: apigw export");
        }

        @Test
        void usage_text_has_no_ansi_escapes_when_not_on_a_terminal() {
            assertThat(CliRun.of("--help").out()).doesNotContain("\u001b[");
        }
    }

    @Nested
    class UsageErrors {

        @Test
        void unknown_option_exits_2_with_the_error_on_stderr() {
            CliRun run = CliRun.of("--frobnicate");

            assertThat(run.exitCode()).isEqualTo(BaseCommand.EXIT_USAGE).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.err())
                    .startsWith("error: Unknown option: '--frobnicate'")
                    .contains("Try 'apigw --help' for more information.");
        }

        @Test
        void unknown_command_suggests_close_matches() {
            CliRun run = CliRun.of("imprt");

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("imprt").contains("import");
        }

        @Test
        void a_group_without_its_subcommand_is_a_usage_error() {
            CliRun run = CliRun.of("import");

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("Missing required subcommand").contains("apigw import --help");
        }

        @Test
        void help_for_an_unknown_command_is_a_usage_error() {
            CliRun run = CliRun.of("help", "nope");

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("Unknown command 'nope' for 'apigw'");
        }

        @Test
        void no_arguments_at_all_is_a_usage_error() {
            assertThat(CliRun.of().exitCode()).isEqualTo(2);
        }
    }

    @Nested
    class ExecutionErrors {

        @Test
        void input_exception_exits_3_with_a_one_line_message() {
            CliRun run = runFailing("input");

            assertThat(run.exitCode()).isEqualTo(BaseCommand.EXIT_INPUT);
            assertThat(run.err()).isEqualTo("error: cannot read petstore.yaml" + System.lineSeparator());
            assertThat(run.out()).isEmpty();
        }

        @Test
        void findings_exception_exits_1_and_prints_its_diagnostics() {
            CliRun run = runFailing("findings");

            assertThat(run.exitCode()).isEqualTo(BaseCommand.EXIT_FINDINGS);
            assertThat(run.err())
                    .contains("openapi.yaml:3:5: error [APIGW101] path parameter {id} is not declared")
                    .contains("1 error, 0 warnings")
                    .endsWith("error: validation failed" + System.lineSeparator());
        }

        @Test
        void usage_exception_exits_2() {
            assertThat(runFailing("usage").exitCode()).isEqualTo(BaseCommand.EXIT_USAGE);
        }

        @Test
        void usage_error_thrown_by_a_command_is_reported_like_picocli_s_own() {
            CliRun run = runFailing("bad-combination");

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).startsWith("error: --a and --b cannot be combined").contains("apigw boom --help");
        }

        @Test
        void unexpected_exception_exits_3_naming_its_type_and_the_stacktrace_option() {
            CliRun run = runFailing("unexpected");

            assertThat(run.exitCode()).isEqualTo(3);
            assertThat(run.err())
                    .isEqualTo("error: IOException: disk on fire (run with --stacktrace for details)"
                            + System.lineSeparator());
        }

        @Test
        void stacktrace_option_prints_the_detail_after_the_subcommand() {
            CliRun run = runFailing("unexpected", "--stacktrace");

            assertThat(run.exitCode()).isEqualTo(3);
            assertThat(run.err())
                    .startsWith("error: IOException: disk on fire" + System.lineSeparator())
                    .contains("at dev.apigw.cli.ApigwCliTest$Boom.call")
                    .contains("Caused by: java.io.IOException: disk on fire");
        }

        @Test
        void stacktrace_option_works_before_the_subcommand_too() {
            CliRun run = CliRun.with(cl -> cl.addSubcommand(new Boom()), "--stacktrace", "boom", "--fail", "unexpected");

            assertThat(run.err()).contains("at dev.apigw.cli.ApigwCliTest$Boom.call");
        }

        @Test
        void successful_command_exits_0_and_writes_to_out_only() {
            CliRun run = runFailing("none");

            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).isEqualTo("fine" + System.lineSeparator());
            assertThat(run.err()).isEmpty();
        }

        private CliRun runFailing(String how, String... more) {
            String[] args = new String[3 + more.length];
            args[0] = "boom";
            args[1] = "--fail";
            args[2] = how;
            System.arraycopy(more, 0, args, 3, more.length);
            return CliRun.with(cl -> cl.addSubcommand(new Boom()), args);
        }
    }

    /** A stand-in for a real command, failing in each way a command can. */
    @Command(name = "boom")
    static final class Boom extends BaseCommand {

        @Option(names = "--fail")
        String how = "none";

        @Override
        public Integer call() {
            switch (how) {
                case "input" -> throw ApigwException.input("cannot read petstore.yaml");
                case "findings" -> throw new ApigwException(
                        ApigwException.Kind.FINDINGS,
                        "validation failed",
                        List.of(Diagnostic.error(
                                "APIGW101",
                                new SourceLocation("openapi.yaml", "/paths", 3, 5),
                                "path parameter {id} is not declared",
                                null)));
                case "usage" -> throw new ApigwException(ApigwException.Kind.USAGE, "use --a or --b");
                case "bad-combination" -> throw usageError("--a and --b cannot be combined");
                case "unexpected" -> throw new UncheckedIOException(new IOException("disk on fire"));
                default -> {
                    out().println("fine");
                    return EXIT_OK;
                }
            }
        }
    }

    @Test
    void the_factory_wires_the_given_writers_into_every_command() {
        CliRun run = CliRun.with(cl -> cl.addSubcommand(new Boom()), "boom");

        assertThat(run.out()).isEqualTo("fine" + System.lineSeparator());
    }

    @Test
    void each_create_returns_an_independent_command_tree() {
        CommandLine first = ApigwCli.create(
                new java.io.PrintWriter(new java.io.StringWriter()),
                new java.io.PrintWriter(new java.io.StringWriter()),
                ConsoleStyle.plain());
        CommandLine second = ApigwCli.create(
                new java.io.PrintWriter(new java.io.StringWriter()),
                new java.io.PrintWriter(new java.io.StringWriter()),
                ConsoleStyle.plain());

        Object firstRoot = first.getCommand();
        Object secondRoot = second.getCommand();
        assertThat(firstRoot).isNotSameAs(secondRoot);
    }
}
