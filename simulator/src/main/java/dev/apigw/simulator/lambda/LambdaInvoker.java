package dev.apigw.simulator.lambda;

import dev.apigw.model.project.FunctionBinding;
import dev.apigw.simulator.gateway.GatewayErrors;
import dev.apigw.simulator.pipeline.Invocation;
import java.time.Duration;

/**
 * Invokes the function a Lambda integration URI names through the project's function bindings, within the
 * integration timeout (and the function's own, when shorter). Failures to run it are API Gateway errors.
 */
public final class LambdaInvoker {
    private final Functions functions;

    public LambdaInvoker(Functions functions) {
        this.functions = functions;
    }

    public FunctionResult invoke(Invocation inv, LambdaArn arn, byte[] event) {
        FunctionRunner runner = functions.runner(arn).orElseThrow(() -> {
            inv.logError("integrate", "Execution failed due to configuration error: no local binding for Lambda function "
                    + arn.functionName() + "; add it to apigw.yaml, e.g. functions: { " + arn.functionName()
                    + ": { runtime: nodejs20.x, handler: app.handler, codeUri: src/ } } or { url: "
                    + "http://127.0.0.1:3001 }");
            return GatewayErrors.internalError();
        });
        int integrationTimeout = inv.integration().orElseThrow().effectiveTimeoutMillis();
        long functionTimeout = functions.binding(arn).flatMap(FunctionBinding::timeoutSeconds)
                .map(s -> s * 1000L).orElse(Long.MAX_VALUE);
        Duration timeout = Duration.ofMillis(Math.min(integrationTimeout, functionTimeout));
        inv.log("integrate", "Invoking Lambda function " + arn.functionArn());
        try {
            FunctionResult result = runner.invoke(arn.functionName(), event, timeout);
            logFunctionOutput(inv, result.logs());
            return result;
        } catch (FunctionTimeoutException e) {
            logFunctionOutput(inv, e.logs());
            if (functionTimeout < integrationTimeout) {
                inv.log("integrate", "Lambda function timed out: " + e.getMessage());
                return FunctionResult.error("{\"errorMessage\":\"Task timed out after "
                        + String.format("%.2f", functionTimeout / 1000.0) + " seconds\"}");
            }
            inv.logError("integrate", "Execution failed due to a timeout error: " + e.getMessage());
            throw GatewayErrors.timeout();
        } catch (FunctionUnavailableException e) {
            inv.logError("integrate", "Execution failed: " + e.getMessage());
            throw GatewayErrors.internalError().causedBy(e);
        }
    }

    /** The function's own log lines (START, its output, END, REPORT) in the execution log, as Lambda's log. */
    private static void logFunctionOutput(Invocation inv, java.util.List<String> lines) {
        for (String line : lines) {
            inv.log("function", line);
        }
    }
}
