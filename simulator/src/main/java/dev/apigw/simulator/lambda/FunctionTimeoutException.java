package dev.apigw.simulator.lambda;

/** The function did not answer within the integration timeout. */
public final class FunctionTimeoutException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public FunctionTimeoutException(String message) {
        super(message);
    }
}
