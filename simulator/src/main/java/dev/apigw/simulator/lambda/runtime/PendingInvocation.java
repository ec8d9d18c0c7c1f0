package dev.apigw.simulator.lambda.runtime;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * One invocation handed to a function instance through the Runtime API: what {@code /invocation/next} returns, and
 * the future its {@code /response} or {@code /error} completes.
 */
final class PendingInvocation {
    private final String requestId;
    private final byte[] event;
    private final long deadlineEpochMillis;
    private final String functionArn;
    private final String traceId;
    private final Optional<String> clientContext;
    private final Optional<String> cognitoIdentity;
    private final CompletableFuture<Outcome> outcome = new CompletableFuture<>();
    private volatile long handedOverNanos;

    PendingInvocation(String requestId, byte[] event, long deadlineEpochMillis, String functionArn, String traceId,
            Optional<String> clientContext, Optional<String> cognitoIdentity) {
        this.requestId = requestId;
        this.event = event;
        this.deadlineEpochMillis = deadlineEpochMillis;
        this.functionArn = functionArn;
        this.traceId = traceId;
        this.clientContext = clientContext;
        this.cognitoIdentity = cognitoIdentity;
    }

    String requestId() {
        return requestId;
    }

    byte[] event() {
        return event;
    }

    long deadlineEpochMillis() {
        return deadlineEpochMillis;
    }

    String functionArn() {
        return functionArn;
    }

    String traceId() {
        return traceId;
    }

    Optional<String> clientContext() {
        return clientContext;
    }

    Optional<String> cognitoIdentity() {
        return cognitoIdentity;
    }

    CompletableFuture<Outcome> outcome() {
        return outcome;
    }

    /** The runtime took the event: Lambda's Duration starts here, after any initialisation. */
    void handedOver() {
        handedOverNanos = System.nanoTime();
    }

    /** When the runtime took the event, or {@code fallback} when it never did. */
    long handedOverNanos(long fallback) {
        return handedOverNanos == 0 ? fallback : handedOverNanos;
    }

    /** How the runtime finished the invocation: its response, or an error with its type. */
    record Outcome(byte[] payload, Optional<String> errorType) {
        static Outcome response(byte[] payload) {
            return new Outcome(payload, Optional.empty());
        }

        static Outcome error(byte[] payload, String errorType) {
            return new Outcome(payload, Optional.of(errorType));
        }
    }
}
