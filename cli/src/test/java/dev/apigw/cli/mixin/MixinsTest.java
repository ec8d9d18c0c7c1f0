package dev.apigw.cli.mixin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.apigw.cli.BaseCommand;
import dev.apigw.cli.CliRun;
import dev.apigw.cli.output.JsonOutput;
import dev.apigw.model.diag.Diagnostic;
import dev.apigw.model.diag.Severity;
import dev.apigw.model.diag.SourceLocation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

class MixinsTest {

    /** Echoes what the mixins parsed, as JSON, and reports one diagnostic of each severity. */
    @Command(name = "probe")
    static final class Probe extends BaseCommand {
        @Mixin OutputMixin output;
        @Mixin StageMixin stage;
        @Mixin ParamMixin params;

        record Parsed(String format, String verbosity, String stage, Map<String, String> vars, Map<String, String> params) {}

        @Override
        public Integer call() {
            out().println(JsonOutput.toJson(new Parsed(
                    output.format().toString(),
                    output.verbosity().name(),
                    stage.stage().orElse(null),
                    stage.stageVariables(),
                    params.parameters())));
            SourceLocation at = new SourceLocation("openapi.yaml", "", 1, 1);
            printDiagnostics(
                    List.of(
                            Diagnostic.error("E1", at, "an error", null),
                            Diagnostic.warning("W1", at, "a warning", null),
                            new Diagnostic("I1", Severity.INFO, at, "a note", null)),
                    output);
            return EXIT_OK;
        }
    }

    /** Reports only a warning, which --quiet hides. */
    @Command(name = "clean")
    static final class Clean extends BaseCommand {
        @Mixin OutputMixin output;

        @Override
        public Integer call() {
            printDiagnostics(List.of(Diagnostic.warning("W1", null, "a warning", null)), output);
            return EXIT_OK;
        }
    }

    private static CliRun probe(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "probe";
        System.arraycopy(args, 0, all, 1, args.length);
        return CliRun.with(cl -> cl.addSubcommand(new Probe()), all);
    }

    @Nested
    class Output {

        @Test
        void defaults_to_text_and_normal_verbosity() {
            CliRun run = probe();

            assertThat(run.out()).contains("\"format\": \"text\"", "\"verbosity\": \"NORMAL\"");
            assertThat(run.err()).contains("[E1]", "[W1]").doesNotContain("[I1]");
        }

        @Test
        void json_is_accepted_in_any_case() {
            assertThat(probe("--output", "JSON").out()).contains("\"format\": \"json\"");
        }

        @Test
        void json_sends_diagnostics_to_stdout_as_one_document() {
            CliRun run = probe("--output", "json");

            assertThat(run.out()).contains("\"rule\": \"E1\"", "\"rule\": \"I1\"");
            assertThat(run.err()).isEmpty();
        }

        @Test
        void quiet_shows_only_errors() {
            CliRun run = probe("-q");

            assertThat(run.err()).contains("[E1]").doesNotContain("[W1]", "[I1]");
        }

        @Test
        void quiet_with_no_errors_prints_nothing_not_even_a_summary() {
            CliRun run = CliRun.with(cl -> cl.addSubcommand(new Clean()), "clean", "-q");

            assertThat(run.exitCode()).isZero();
            assertThat(run.err()).isEmpty();
        }

        @Test
        void verbose_shows_info_too() {
            assertThat(probe("--verbose").err()).contains("[E1]", "[W1]", "[I1]");
        }

        @Test
        void quiet_and_verbose_together_is_a_usage_error() {
            CliRun run = probe("-q", "-v");

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("--quiet and --verbose cannot be used together");
        }

        @Test
        void unknown_format_is_a_usage_error_listing_the_choices() {
            CliRun run = probe("--output", "xml");

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("Invalid value for option '--output': expected text or json but was 'xml'");
        }
    }

    @Nested
    class Stage {

        @Test
        void stage_and_repeated_stage_vars_keep_command_line_order() {
            CliRun run = probe("--stage", "dev", "--stage-var", "z=1", "--stage-var", "backend=http://localhost:8081/a=b");

            assertThat(run.exitCode()).isZero();
            assertThat(run.out())
                    .contains("\"stage\": \"dev\"")
                    .containsSubsequence("\"z\": \"1\"", "\"backend\": \"http://localhost:8081/a=b\"");
        }

        @Test
        void stage_var_without_equals_is_a_usage_error() {
            assertThat(probe("--stage-var", "backend").exitCode()).isEqualTo(2);
        }

        @Test
        void stage_var_name_must_be_alphanumeric() {
            CliRun run = probe("--stage-var", "back-end=x");

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("Invalid stage variable name 'back-end'");
        }
    }

    @Nested
    class Params {

        @Test
        void repeated_params_become_a_map() {
            CliRun run = probe("--param", "TableName=pets-dev", "--param", "Env=dev");

            assertThat(run.out()).containsSubsequence("\"TableName\": \"pets-dev\"", "\"Env\": \"dev\"");
        }

        @Test
        void accessor_returns_values_by_name() {
            ParamMixin mixin = new ParamMixin();
            picocli.CommandLine commandLine = new picocli.CommandLine(new Object() {
                @Mixin ParamMixin params = mixin;
            });
            commandLine.parseArgs("--param", "A=1");

            assertThat(mixin.parameters()).containsExactly(entry("A", "1"));
        }
    }
}
