package dev.apigw.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.apigw.model.diag.Diagnostic;
import dev.apigw.model.diag.SourceLocation;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticReportTest {

    private static JsonNode json(List<Diagnostic> diagnostics) throws Exception {
        return JsonMapper.builder().build().readTree(JsonOutput.toJson(DiagnosticReport.of(diagnostics)));
    }

    @Test
    void every_item_has_the_same_keys_with_nulls_for_unknowns() throws Exception {
        JsonNode report = json(List.of(
                Diagnostic.error("APIGW101", new SourceLocation("openapi.yaml", "/paths/~1pets", 12, 7), "undeclared", "declare it"),
                Diagnostic.warning(null, null, "no location", null)));

        JsonNode first = report.get("diagnostics").get(0);
        assertThat(first.get("file").asText()).isEqualTo("openapi.yaml");
        assertThat(first.get("line").asInt()).isEqualTo(12);
        assertThat(first.get("column").asInt()).isEqualTo(7);
        assertThat(first.get("pointer").asText()).isEqualTo("/paths/~1pets");
        assertThat(first.get("severity").asText()).isEqualTo("error");
        assertThat(first.get("rule").asText()).isEqualTo("APIGW101");
        assertThat(first.get("message").asText()).isEqualTo("undeclared");
        assertThat(first.get("hint").asText()).isEqualTo("declare it");

        JsonNode second = report.get("diagnostics").get(1);
        assertThat(second.properties()).hasSize(8);
        assertThat(second.get("file").isNull()).isTrue();
        assertThat(second.get("line").isNull()).isTrue();
        assertThat(second.get("rule").isNull()).isTrue();
        assertThat(second.get("hint").isNull()).isTrue();
    }

    @Test
    void summary_counts_each_severity() throws Exception {
        JsonNode summary = json(List.of(
                        Diagnostic.error("A", null, "a", null),
                        Diagnostic.error("B", null, "b", null),
                        Diagnostic.warning("C", null, "c", null)))
                .get("summary");

        assertThat(summary.get("errors").asInt()).isEqualTo(2);
        assertThat(summary.get("warnings").asInt()).isEqualTo(1);
        assertThat(summary.get("infos").asInt()).isZero();
    }

    @Test
    void pretty_printed_with_keys_in_declaration_order() {
        String text = JsonOutput.toJson(DiagnosticReport.of(List.of()));

        assertThat(text.replace(System.lineSeparator(), "\n")).isEqualTo("""
                {
                  "diagnostics": [],
                  "summary": {
                    "errors": 0,
                    "warnings": 0,
                    "infos": 0
                  }
                }""");
    }
}
