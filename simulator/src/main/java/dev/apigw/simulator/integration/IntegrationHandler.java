package dev.apigw.simulator.integration;

import dev.apigw.model.api.IntegrationType;
import dev.apigw.simulator.gateway.GatewayErrors;
import dev.apigw.simulator.mapping.HeaderRules;
import dev.apigw.simulator.pipeline.Handler;
import dev.apigw.simulator.pipeline.IntegrationResult;
import dev.apigw.simulator.pipeline.Invocation;
import dev.apigw.simulator.pipeline.Outcome;
import java.util.EnumMap;
import java.util.Map;

/** Sends the integration request to the integrator for the method's integration type. */
public final class IntegrationHandler implements Handler {
    private static final String HEADER_TARGET = "integration.request.header.";
    private final Map<IntegrationType, Integrator> integrators;

    public IntegrationHandler(Map<IntegrationType, Integrator> integrators) {
        this.integrators = new EnumMap<>(integrators);
    }

    @Override
    public Outcome handle(Invocation inv) {
        IntegrationType type = inv.integration().flatMap(i -> i.type()).orElse(IntegrationType.MOCK);
        Integrator integrator = integrators.get(type);
        if (integrator == null) {
            inv.logError("integrate", "Execution failed due to configuration error: " + type + " is not supported");
            throw GatewayErrors.internalError();
        }
        if (type != IntegrationType.MOCK) {
            refuseIllegalHeaderMappings(inv);
        }
        long start = System.nanoTime();
        IntegrationResult result = integrator.call(inv, inv.integrationRequest().orElseThrow());
        inv.integrationResult(result);
        if (inv.traced()) {
            inv.log("integrate", "Received response. Status: " + result.status() + ", Integration latency: "
                    + (System.nanoTime() - start) / 1_000_000 + " ms");
        }
        if (type != IntegrationType.MOCK) {
            inv.logData("integrate", "Endpoint response headers: ", result.headers());
            inv.logData("integrate", "Endpoint response body before transformations: ",
                    Invocation.text(result.body()));
        }
        result.errorMessage().ifPresent(m -> inv.log("integrate", "Lambda function error: " + m));
        return Outcome.CONTINUE;
    }

    /** AWS fails the invocation (500) when a request parameter maps into Content-Length or Transfer-Encoding. */
    private static void refuseIllegalHeaderMappings(Invocation inv) {
        for (String target : inv.integration().orElseThrow().requestParameters().keySet()) {
            if (target.startsWith(HEADER_TARGET)
                    && HeaderRules.illegalRequestHeader(target.substring(HEADER_TARGET.length()))) {
                inv.logError("integrate", "Execution failed due to configuration error: Illegal header mapping "
                        + target + " (" + target.substring(HEADER_TARGET.length()) + " is set by API Gateway)");
                throw GatewayErrors.internalError();
            }
        }
    }
}
