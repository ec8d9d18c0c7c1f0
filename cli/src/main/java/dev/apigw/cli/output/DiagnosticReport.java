package dev.apigw.cli.output;

import dev.apigw.model.diag.Diagnostic;
import dev.apigw.model.diag.SourceLocation;
import java.util.List;

/**
 * The {@code --output json} form of a list of diagnostics. Made for scripts, so every item has the same keys
 * ({@code null} when unknown) and the domain records stay free to change.
 */
public record DiagnosticReport(List<Item> diagnostics, Counts summary) {

    /** One finding, flattened. */
    public record Item(
            String file,
            Integer line,
            Integer column,
            String pointer,
            String severity,
            String rule,
            String message,
            String hint) {

        static Item of(Diagnostic diagnostic) {
            SourceLocation location = diagnostic.location();
            return new Item(
                    emptyToNull(location.file()),
                    location.line() > 0 ? location.line() : null,
                    location.column() > 0 ? location.column() : null,
                    emptyToNull(location.pointer()),
                    diagnostic.severity().label(),
                    emptyToNull(diagnostic.ruleId()),
                    diagnostic.message(),
                    emptyToNull(diagnostic.hint()));
        }
    }

    public static DiagnosticReport of(List<Diagnostic> diagnostics) {
        return new DiagnosticReport(diagnostics.stream().map(Item::of).toList(), Counts.of(diagnostics));
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
