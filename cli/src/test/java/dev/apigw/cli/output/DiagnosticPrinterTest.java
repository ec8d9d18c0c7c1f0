package dev.apigw.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.model.diag.Diagnostic;
import dev.apigw.model.diag.Severity;
import dev.apigw.model.diag.SourceLocation;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DiagnosticPrinterTest {

    private static final Diagnostic UNDECLARED = Diagnostic.error(
            "APIGW101",
            new SourceLocation("openapi.yaml", "/paths/~1pets~1{id}", 12, 7),
            "path parameter {id} is not declared",
            "add it under parameters with in: path");
    private static final Diagnostic EARLY_WARNING = Diagnostic.warning(
            "APIGW205", new SourceLocation("openapi.yaml", "", 3, 1), "x-amazon-apigateway-throttle is not an AWS extension", null);
    private static final Diagnostic STAGE = Diagnostic.error(
            "APIGW301", new SourceLocation("apigw.yaml", "", 8, 5), "stage prod has no variable backend", null);

    private static String print(List<Diagnostic> diagnostics, boolean ansi) {
        StringWriter text = new StringWriter();
        new DiagnosticPrinter(new PrintWriter(text), ansi).print(diagnostics);
        return text.toString().replace(System.lineSeparator(), "\n");
    }

    @Nested
    class Plain {

        @Test
        void one_line_per_diagnostic_compiler_style_with_the_hint_indented() {
            assertThat(print(List.of(UNDECLARED), false)).isEqualTo("""
                    openapi.yaml:12:7: error [APIGW101] path parameter {id} is not declared
                      hint: add it under parameters with in: path

                    1 error, 0 warnings
                    """);
        }

        @Test
        void groups_by_file_in_first_reported_order_and_sorts_each_file_by_position() {
            assertThat(print(List.of(UNDECLARED, STAGE, EARLY_WARNING), false)).isEqualTo("""
                    openapi.yaml:3:1: warning [APIGW205] x-amazon-apigateway-throttle is not an AWS extension
                    openapi.yaml:12:7: error [APIGW101] path parameter {id} is not declared
                      hint: add it under parameters with in: path

                    apigw.yaml:8:5: error [APIGW301] stage prod has no variable backend

                    2 errors, 1 warning
                    """);
        }

        @Test
        void without_a_line_the_json_pointer_shows_where() {
            Diagnostic noLine = Diagnostic.warning("APIGW210", SourceLocation.of("openapi.yaml", "/x-amazon-apigateway-policy"), "policy ignored", null);

            assertThat(print(List.of(noLine), false))
                    .startsWith("openapi.yaml#/x-amazon-apigateway-policy: warning [APIGW210] policy ignored\n");
        }

        @Test
        void without_a_file_or_rule_it_still_reads_well() {
            Diagnostic bare = new Diagnostic(null, Severity.INFO, null, "3 methods imported", null);

            assertThat(print(List.of(bare), false)).isEqualTo("""
                    <input>: info 3 methods imported

                    0 errors, 0 warnings, 1 info
                    """);
        }

        @Test
        void nothing_to_report_prints_only_the_summary() {
            assertThat(print(List.of(), false)).isEqualTo("0 errors, 0 warnings\n");
        }

        @Test
        void no_escape_codes_when_colour_is_off() {
            assertThat(print(List.of(UNDECLARED, EARLY_WARNING, STAGE), false)).doesNotContain("\u001b");
        }
    }

    @Nested
    class Summary {

        @Test
        void counts_with_singular_and_plural() {
            assertThat(DiagnosticPrinter.summary(List.of(UNDECLARED, STAGE, EARLY_WARNING))).isEqualTo("2 errors, 1 warning");
            assertThat(DiagnosticPrinter.summary(List.of(EARLY_WARNING, EARLY_WARNING))).isEqualTo("0 errors, 2 warnings");
        }
    }

    @Nested
    class Colour {

        @Test
        void severity_is_coloured_and_the_text_survives_once_escapes_are_stripped() {
            String coloured = print(List.of(UNDECLARED, EARLY_WARNING), true);

            assertThat(coloured)
                    .contains("\u001b[1;31merror\u001b[0m")
                    .contains("\u001b[1;33mwarning\u001b[0m");
            assertThat(coloured.replaceAll("\u001b\\[[0-9;]*m", "")).isEqualTo(print(List.of(UNDECLARED, EARLY_WARNING), false));
        }
    }
}
