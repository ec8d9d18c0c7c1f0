package dev.apigw.simulator.integration;

import dev.apigw.simulator.aws.AwsServiceUri;
import dev.apigw.simulator.pipeline.IntegrationRequest;
import dev.apigw.simulator.pipeline.IntegrationResult;
import dev.apigw.simulator.pipeline.Invocation;

/** Type AWS: a Lambda invocation URI runs a local function, any other service URI goes to that service. */
public final class AwsIntegrator implements Integrator {
    private final Integrator lambda;
    private final Integrator service;

    public AwsIntegrator(Integrator lambda, Integrator service) {
        this.lambda = lambda;
        this.service = service;
    }

    @Override
    public IntegrationResult call(Invocation invocation, IntegrationRequest request) {
        return (AwsServiceUri.isLambda(request.uri()) ? lambda : service).call(invocation, request);
    }
}
