package dev.apigw.model.validation;

import dev.apigw.model.diag.Diagnostic;
import dev.apigw.model.diag.Severity;
import dev.apigw.model.diag.SourceLocation;
import java.util.Optional;

/**
 * One rule's finding, located by a JSON pointer into the definition (OpenAPI 3 shape) or the project file. The model
 * holds no line numbers, so the caller resolves the pointer (and {@code within}, a position inside the string value
 * the pointer names) to file:line:column.
 */
public record Finding(String ruleId, Severity severity, Origin origin, String pointer,
        Optional<TextPosition> within, String message, String hint) {

    public Diagnostic toDiagnostic(SourceLocation location) {
        return new Diagnostic(ruleId, severity, location, message, hint);
    }
}
