package dev.apigw.model.diag;

import java.util.List;

/**
 * A failure the user can fix, carrying the diagnostics that explain it. The CLI maps {@link Kind} to exit codes in
 * one place.
 */
public class ApigwException extends RuntimeException {

    /** What kind of failure this is; decides the exit code. */
    public enum Kind {
        /** Unreadable or invalid input, I/O trouble (exit 3). */
        INPUT,
        /** The input was read but checks failed (exit 1). */
        FINDINGS,
        /** The command line was wrong (exit 2). */
        USAGE
    }

    private final Kind kind;
    private final List<Diagnostic> diagnostics;

    public ApigwException(Kind kind, String message, List<Diagnostic> diagnostics) {
        super(message);
        this.kind = kind;
        this.diagnostics = List.copyOf(diagnostics);
    }

    public ApigwException(Kind kind, String message) {
        this(kind, message, List.of());
    }

    public ApigwException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.diagnostics = List.of();
    }

    public static ApigwException input(String message) {
        return new ApigwException(Kind.INPUT, message);
    }

    public Kind kind() {
        return kind;
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
