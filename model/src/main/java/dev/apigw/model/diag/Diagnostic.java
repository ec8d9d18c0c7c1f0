package dev.apigw.model.diag;

/**
 * One finding about a user's API: a stable rule id (e.g. {@code APIGW101}), a severity, where it is, what is wrong
 * and how to fix it. Formatting is the CLI's job.
 */
public record Diagnostic(String ruleId, Severity severity, SourceLocation location, String message, String hint) {

    public Diagnostic {
        ruleId = ruleId == null ? "" : ruleId;
        hint = hint == null ? "" : hint;
        location = location == null ? SourceLocation.unknown() : location;
    }

    public static Diagnostic error(String ruleId, SourceLocation location, String message, String hint) {
        return new Diagnostic(ruleId, Severity.ERROR, location, message, hint);
    }

    public static Diagnostic warning(String ruleId, SourceLocation location, String message, String hint) {
        return new Diagnostic(ruleId, Severity.WARNING, location, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:col: severity [ID] message}, the compiler-style one-liner. */
    public String oneLine() {
        String id = ruleId.isEmpty() ? "" : "[" + ruleId + "] ";
        return location.display() + ": " + severity.label() + " " + id + message;
    }
}
