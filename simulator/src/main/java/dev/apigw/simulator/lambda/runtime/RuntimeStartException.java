package dev.apigw.simulator.lambda.runtime;

import dev.apigw.model.diag.ApigwException;

/** A function cannot be started at all: no interpreter, no code, no bootstrap. The message says what to do. */
public final class RuntimeStartException extends ApigwException {
    private static final long serialVersionUID = 1L;

    public RuntimeStartException(String message) {
        super(Kind.INPUT, message);
    }
}
