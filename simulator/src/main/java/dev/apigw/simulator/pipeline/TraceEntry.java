package dev.apigw.simulator.pipeline;

/**
 * One line of the execution log: which pipeline step wrote it, what it says, and what kind of line it is (API
 * Gateway's execution logs have error-level and info-level entries, and with data trace the headers and bodies).
 */
public record TraceEntry(String step, String message, Kind kind) {

    /** What a line is about, which decides the logging levels that show it. */
    public enum Kind {
        /** Why the request failed: shown from logging level ERROR up. */
        ERROR,
        /** What a step did: shown at logging level INFO. */
        INFO,
        /** Request or response headers and bodies: shown at INFO with data trace. */
        DATA
    }

    public TraceEntry(String step, String message) {
        this(step, message, Kind.INFO);
    }

    @Override
    public String toString() {
        return step + ": " + message;
    }
}
