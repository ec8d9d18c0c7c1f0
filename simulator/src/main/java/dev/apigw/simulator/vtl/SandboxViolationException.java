package dev.apigw.simulator.vtl;

/** Thrown from inside Velocity when a template reaches for something outside the sandbox; carries the spot. */
final class SandboxViolationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    SandboxViolationException(String message, int line, int column) {
        super(message, null, false, false);
        this.line = line;
        this.column = column;
    }

    int line() {
        return line;
    }

    int column() {
        return column;
    }
}
