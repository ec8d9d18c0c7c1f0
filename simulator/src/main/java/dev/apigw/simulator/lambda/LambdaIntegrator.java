package dev.apigw.simulator.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apigw.simulator.gateway.GatewayErrors;
import dev.apigw.simulator.integration.Integrator;
import dev.apigw.simulator.pipeline.IntegrationRequest;
import dev.apigw.simulator.pipeline.IntegrationResult;
import dev.apigw.simulator.pipeline.Invocation;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * AWS (non-proxy) integrations. A Lambda URI invokes the function with the mapped body; a function error's
 * {@code errorMessage} drives integration response selection. Other AWS services need an endpoint the project
 * names; without one the method answers 500 and the log says what to configure.
 */
public final class LambdaIntegrator implements Integrator {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LambdaInvoker invoker;

    public LambdaIntegrator(LambdaInvoker invoker) {
        this.invoker = invoker;
    }

    @Override
    public IntegrationResult call(Invocation inv, IntegrationRequest request) {
        Optional<LambdaArn> arn = LambdaArn.fromIntegrationUri(request.uri());
        if (arn.isEmpty()) {
            inv.logError("integrate", "Execution failed due to configuration error: AWS service integration "
                    + request.uri() + " needs a local endpoint for the service (e.g. LocalStack); "
                    + "AWS service integrations other than Lambda are not simulated yet");
            throw GatewayErrors.internalError();
        }
        LambdaPayload.problem(request.body()).ifPresent(message -> {
            inv.logError("integrate", "Lambda rejected the payload: " + message);
            throw GatewayErrors.unparseableLambdaPayload(message);
        });
        FunctionResult result = invoker.invoke(inv, arn.get(), request.body());
        Optional<String> errorMessage = result.failed() ? Optional.of(errorMessage(result)) : Optional.empty();
        return new IntegrationResult(200, Map.of(), result.payload(), errorMessage);
    }

    private static String errorMessage(FunctionResult result) {
        try {
            JsonNode node = JSON.readTree(result.payload());
            JsonNode message = node == null ? null : node.get("errorMessage");
            return message == null ? result.payloadText() : message.asText();
        } catch (IOException e) {
            return result.payloadText();
        }
    }
}
