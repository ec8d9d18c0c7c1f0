package dev.apigw.cli.output;

import dev.apigw.model.diag.Diagnostic;
import java.util.List;

/** How many diagnostics of each severity; shared by the text summary and the JSON report. */
public record Counts(int errors, int warnings, int infos) {

    public static Counts of(List<Diagnostic> diagnostics) {
        int errors = 0;
        int warnings = 0;
        int infos = 0;
        for (Diagnostic diagnostic : diagnostics) {
            switch (diagnostic.severity()) {
                case ERROR -> errors++;
                case WARNING -> warnings++;
                case INFO -> infos++;
            }
        }
        return new Counts(errors, warnings, infos);
    }
}
