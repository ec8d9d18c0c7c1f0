package dev.apigw.cli.validate;

import dev.apigw.model.diag.Diagnostic;
import java.util.List;

/**
 * One element of {@code apigw validate --output json}, which is a bare array of these: the fields CI scripts read
 * ({@code ruleId}, {@code severity}, {@code message}, {@code file}, {@code line}, {@code column}, {@code pointer}),
 * with {@code null} where unknown.
 */
public record JsonFinding(String ruleId, String severity, String message, String file, Integer line, Integer column,
        String pointer, String hint) {

    public static List<JsonFinding> of(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(JsonFinding::of).toList();
    }

    static JsonFinding of(Diagnostic d) {
        return new JsonFinding(d.ruleId().isEmpty() ? null : d.ruleId(), d.severity().label(), d.message(),
                d.location().file().isEmpty() ? null : d.location().file(),
                d.location().line() > 0 ? d.location().line() : null,
                d.location().column() > 0 ? d.location().column() : null,
                d.location().pointer().isEmpty() ? null : d.location().pointer(),
                d.hint().isEmpty() ? null : d.hint());
    }
}
