package dev.apigw.simulator.lambda;

import java.util.List;

/** The function did not answer within the integration timeout; carries what it logged until then. */
public final class FunctionTimeoutException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<String> logs;

    public FunctionTimeoutException(String message) {
        this(message, List.of());
    }

    public FunctionTimeoutException(String message, List<String> logs) {
        super(message);
        this.logs = List.copyOf(logs);
    }

    /** The function's log lines of the invocation that timed out, framed by START/END/REPORT when known. */
    public List<String> logs() {
        return logs;
    }
}
