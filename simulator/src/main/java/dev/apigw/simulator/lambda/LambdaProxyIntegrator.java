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
 * error or a malformed answer is 502 {@code {"message": "Internal server error"}}. Lambda is only ever invoked with
 * POST ("Set the integration's HTTP method to POST", developer guide): an integration {@code httpMethod} other than
 * POST is a configuration error AWS finds at invoke time, 500 {@code API_CONFIGURATION_ERROR} without calling the
 * function (the APIGW303 lint rule reports it before).
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
        String method = inv.integration().flatMap(i -> i.httpMethod()).map(String::trim).orElse("POST");
        if (!method.equalsIgnoreCase("POST")) {
            inv.logError("integrate", "Execution failed due to configuration error: Lambda function "
                    + arn.functionName() + " can only be invoked with the integration httpMethod POST, not " + method);
            throw GatewayErrors.internalError();
        }
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
