package dev.apigw.simulator.lambda;

/** The function could not be started or reached (bad command, endpoint down, no binding). */
public final class FunctionUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public FunctionUnavailableException(String message) {
        super(message);
    }

    public FunctionUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
