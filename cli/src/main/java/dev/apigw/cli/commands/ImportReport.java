package dev.apigw.cli.commands;

import dev.apigw.cli.mixin.OutputMixin;
import dev.apigw.cli.output.DiagnosticPrinter;
import dev.apigw.cli.output.DiagnosticReport;
import dev.apigw.cli.output.JsonOutput;
import dev.apigw.model.diag.Severity;
import java.io.PrintWriter;
import dev.apigw.model.api.Resource;
import dev.apigw.openapi.project.ProjectImporter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The {@code --output json} result of an import. */
record ImportReport(String api, String type, int resources, int methods, List<String> written,
        DiagnosticReport findings) {

    static ImportReport of(ProjectImporter.Outcome outcome) {
        return new ImportReport(outcome.api().title(), outcome.api().type().name().toLowerCase(Locale.ROOT),
                outcome.api().resources().size(), methodCount(outcome),
                outcome.written().stream().map(Path::toString).toList(), DiagnosticReport.of(outcome.diagnostics()));
    }

    static int methodCount(ProjectImporter.Outcome outcome) {
        return outcome.api().resources().stream().map(Resource::methods).mapToInt(List::size).sum();
    }

    /** Findings to stderr and the summary line, or the whole report as JSON on stdout. */
    static void print(PrintWriter out, PrintWriter err, boolean ansi, ProjectImporter.Outcome outcome,
            OutputMixin output) {
        ImportReport report = of(outcome);
        if (output.json()) {
            JsonOutput.write(out, report);
            return;
        }
        var shown = outcome.diagnostics().stream().filter(d -> output.shows(d.severity())).toList();
        if (!shown.isEmpty()) {
            new DiagnosticPrinter(err, ansi).print(shown);
        }
        if (output.shows(Severity.WARNING)) {
            err.println("apigw: " + report.summary());
        }
        err.flush();
    }

    String summary() {
        return "imported " + (api.isEmpty() ? "API" : "'" + api + "'") + " (" + type + ", " + resources
                + " resources, " + methods + " methods): wrote " + String.join(", ", written);
    }
}
