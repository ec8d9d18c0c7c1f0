package dev.apigw.simulator.lambda;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * What a Lambda invocation returned, as the Invoke API reports it: the payload and, when the function failed, the
 * {@code X-Amz-Function-Error} value ({@code Unhandled}); the payload then holds {@code errorMessage}. {@code logs}
 * are the lines the invocation logged, when the runner knows them (Lambda's Invoke API returns them with
 * {@code LogType: Tail}).
 */
public record FunctionResult(byte[] payload, Optional<String> functionError, List<String> logs) {
    public FunctionResult {
        payload = payload == null ? new byte[0] : payload;
        functionError = functionError == null ? Optional.empty() : functionError;
        logs = logs == null ? List.of() : List.copyOf(logs);
    }

    public FunctionResult(byte[] payload, Optional<String> functionError) {
        this(payload, functionError, List.of());
    }

    public static FunctionResult success(byte[] payload) {
        return new FunctionResult(payload, Optional.empty());
    }

    public static FunctionResult error(String payload) {
        return new FunctionResult(payload.getBytes(StandardCharsets.UTF_8), Optional.of("Unhandled"));
    }

    public boolean failed() {
        return functionError.isPresent();
    }

    public String payloadText() {
        return new String(payload, StandardCharsets.UTF_8);
    }
}
