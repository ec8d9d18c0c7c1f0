package dev.apigw.simulator.lambda;

import dev.apigw.simulator.gateway.GatewayErrors;
import dev.apigw.simulator.http.HttpHeaders;
import dev.apigw.simulator.integration.Integrator;
import dev.apigw.simulator.mapping.BinaryMediaTypes;
import dev.apigw.simulator.pipeline.IntegrationRequest;
import dev.apigw.simulator.pipeline.IntegrationResult;
import dev.apigw.simulator.pipeline.Invocation;

/**
 * AWS_PROXY: the function gets the payload 1.0 event and its answer becomes the client's response. A function
 * error or a malformed answer is 502 {@code {"message": "Internal server error"}}.
 */
public final class LambdaProxyIntegrator implements Integrator {
    private final LambdaInvoker invoker;
    private final BinaryMediaTypes binary;

    public LambdaProxyIntegrator(LambdaInvoker invoker, BinaryMediaTypes binary) {
        this.invoker = invoker;
        this.binary = binary;
    }

    @Override
    public IntegrationResult call(Invocation inv, IntegrationRequest request) {
        LambdaArn arn = LambdaArn.fromIntegrationUri(request.uri()).orElseThrow(() -> {
            inv.logError("integrate", "Execution failed due to configuration error: " + request.uri()
                    + " is not a Lambda function invocation URI");
            return GatewayErrors.internalError();
        });
        byte[] event = ProxyEvent.build(inv, binary);
        inv.logData("integrate", "Endpoint request body after transformations: ", Invocation.text(event));
        FunctionResult result = invoker.invoke(inv, arn, event);
        inv.logData("integrate", "Endpoint response body before transformations: ",
                Invocation.text(result.payload()));
        if (result.failed()) {
            inv.logError("integrate", "Lambda execution failed with status 200 due to customer function error: "
                    + result.payloadText());
            throw GatewayErrors.badGateway();
        }
        boolean decode = binary.acceptsBinary(HttpHeaders.first(inv.request().headers(), "Accept"));
        ProxyResponse.Parsed parsed = ProxyResponse.parse(result.payload(), decode);
        if (parsed.problem().isPresent()) {
            inv.logError("integrate", "Execution failed due to configuration error: Malformed Lambda proxy response ("
                    + parsed.problem().get() + ")");
            throw GatewayErrors.badGateway();
        }
        return parsed.result().orElseThrow();
    }
}
