package dev.apigw.simulator.lambda.runtime;

/**
 * Where function output goes as it arrives: each line the function printed, and the platform's own {@code START},
 * {@code END} and {@code REPORT} lines, already prefixed with the function's name.
 */
@FunctionalInterface
public interface FunctionLog {
    void line(String text);

    /** Drops everything (tests that only look at results). */
    FunctionLog DISCARD = text -> {
    };
}
