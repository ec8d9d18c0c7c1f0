package dev.apigw.simulator.lambda;

import java.time.Duration;

/** Runs a Lambda function locally: an external command, an Invoke API endpoint... */
public interface FunctionRunner {
    /**
     * Invokes the function with the event; waits at most {@code timeout}.
     *
     * @throws FunctionTimeoutException when the function did not answer in time
     * @throws FunctionUnavailableException when it could not be started or reached
     */
    FunctionResult invoke(String functionName, byte[] event, Duration timeout);
}
