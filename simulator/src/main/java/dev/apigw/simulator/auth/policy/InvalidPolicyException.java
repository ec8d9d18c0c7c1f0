package dev.apigw.simulator.auth.policy;

/** A policy document API Gateway would not accept; the message says what is wrong with it. */
public final class InvalidPolicyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidPolicyException(String message) {
        super(message);
    }
}
