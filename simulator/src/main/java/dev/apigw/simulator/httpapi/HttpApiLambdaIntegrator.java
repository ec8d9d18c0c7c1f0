package dev.apigw.simulator.httpapi;

import dev.apigw.simulator.gateway.GatewayErrors;
import dev.apigw.simulator.integration.Integrator;
import dev.apigw.simulator.lambda.FunctionResult;
import dev.apigw.simulator.lambda.LambdaArn;
import dev.apigw.simulator.lambda.LambdaInvoker;
import dev.apigw.simulator.lambda.ProxyEvent;
import dev.apigw.simulator.lambda.ProxyResponse;
import dev.apigw.simulator.pipeline.IntegrationRequest;
import dev.apigw.simulator.pipeline.IntegrationResult;
import dev.apigw.simulator.pipeline.Invocation;
import java.util.List;
import java.util.Optional;

/**
 * An HTTP API route's Lambda proxy integration in its payload format: 2.0 (the default) or 1.0. The URI may be the
 * function's ARN or its invocation URI. A function error or an answer that cannot be read is 500
 * {@code {"message":"Internal Server Error"}}.
 */
public final class HttpApiLambdaIntegrator implements Integrator {
    private final LambdaInvoker invoker;

    public HttpApiLambdaIntegrator(LambdaInvoker invoker) {
        this.invoker = invoker;
    }

    @Override
    public IntegrationResult call(Invocation inv, IntegrationRequest request) {
        LambdaArn arn = functionOf(request.uri()).orElseThrow(() -> {
            inv.logError("integrate", "Execution failed due to configuration error: " + request.uri()
                    + " is neither a Lambda function ARN nor its invocation URI");
            return GatewayErrors.internalError();
        });
        boolean v1 = inv.integration().flatMap(i -> i.payloadFormatVersion()).filter("1.0"::equals).isPresent();
        byte[] event = v1 ? ProxyEvent.httpApi(inv) : PayloadV2.event(inv);
        inv.logData("integrate", "Lambda event (payload " + (v1 ? "1.0" : "2.0") + "): ", Invocation.text(event));
        FunctionResult result = invoker.invoke(inv, arn, event);
        inv.logData("integrate", "Lambda response: ", Invocation.text(result.payload()));
        if (result.failed()) {
            inv.logError("integrate", "The Lambda function failed: " + result.payloadText());
            throw GatewayErrors.internalError();
        }
        Optional<IntegrationResult> parsed;
        Optional<String> problem;
        if (v1) {
            ProxyResponse.Parsed p = ProxyResponse.parse(result.payload(), false);
            parsed = p.result();
            problem = p.problem();
        } else {
            PayloadV2.Parsed p = PayloadV2.response(result.payload());
            parsed = p.result();
            problem = p.problem();
        }
        if (problem.isPresent()) {
            inv.logError("integrate", "Malformed Lambda response: " + problem.get());
            throw GatewayErrors.internalError();
        }
        return parsed.orElseThrow();
    }

    static Optional<LambdaArn> functionOf(String uri) {
        Optional<LambdaArn> invocation = LambdaArn.fromIntegrationUri(uri);
        if (invocation.isPresent()) {
            return invocation;
        }
        return uri.matches("^arn:aws[a-z-]*:lambda:[^:]*:[^:]*:function:.+") ? Optional.of(LambdaArn.fromFunction(uri))
                : Optional.empty();
    }
}
