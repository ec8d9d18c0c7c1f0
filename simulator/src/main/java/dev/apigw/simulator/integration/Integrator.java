package dev.apigw.simulator.integration;

import dev.apigw.simulator.pipeline.IntegrationRequest;
import dev.apigw.simulator.pipeline.IntegrationResult;
import dev.apigw.simulator.pipeline.Invocation;

/**
 * Calls one kind of backend with the mapped integration request. Proxy integrators return the response ready for
 * the client (headers already remapped); the others return what the backend said, for response mapping.
 */
@FunctionalInterface
public interface Integrator {
    IntegrationResult call(Invocation invocation, IntegrationRequest request);
}
