package dev.apigw.simulator.pipeline;

import dev.apigw.model.api.IntegrationType;
import dev.apigw.simulator.gateway.GatewayErrors;
import dev.apigw.simulator.gateway.GatewayResponder;
import dev.apigw.simulator.gateway.GatewayResponseException;
import dev.apigw.simulator.http.HttpHeaders;
import dev.apigw.simulator.http.HttpResponse;
import dev.apigw.simulator.vtl.TemplateException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the steps in order until one responds or throws; then always turns a failure into its gateway response and
 * adds the headers every API Gateway response carries. Never throws: a bug in a step is a 500, not a crash.
 */
public final class Pipeline {
    private final List<Handler> steps;
    private final GatewayResponder responder = new GatewayResponder();

    public Pipeline(List<Handler> steps) {
        this.steps = List.copyOf(steps);
    }

    public void run(Invocation inv) {
        try {
            for (Handler step : steps) {
                if (step.handle(inv) == Outcome.RESPOND) {
                    break;
                }
            }
            if (inv.response().isEmpty() && inv.failure().isEmpty()) {
                throw GatewayErrors.internalError();
            }
        } catch (GatewayResponseException e) {
            inv.fail(e);
        } catch (TemplateException e) {
            inv.log("mapping", "Execution failed due to a mapping template error: " + e.getMessage());
            inv.fail(GatewayErrors.internalError().causedBy(e));
        } catch (RuntimeException | StackOverflowError e) {
            inv.log("internal", "Execution failed: " + e);
            inv.fail(GatewayErrors.internalError().causedBy(e));
        }
        HttpResponse response = inv.failure().map(f -> safeRespond(inv, f)).orElseGet(() -> inv.response().get());
        inv.response(withStandardHeaders(inv, response));
        inv.log("response", "Method completed with status: " + inv.response().get().status());
    }

    private HttpResponse safeRespond(Invocation inv, GatewayResponseException failure) {
        try {
            return responder.respond(inv, failure);
        } catch (RuntimeException e) {
            inv.log("gateway response", "could not apply the gateway response customisation: " + e);
            Map<String, List<String>> headers = new LinkedHashMap<>();
            HttpHeaders.set(headers, "Content-Type", "application/json");
            return new HttpResponse(failure.status(), headers,
                    failure.defaultBody().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private static HttpResponse withStandardHeaders(Invocation inv, HttpResponse response) {
        Map<String, List<String>> headers = new LinkedHashMap<>(response.headers());
        HttpHeaders.set(headers, "x-amzn-RequestId", inv.requestId());
        HttpHeaders.set(headers, "x-amz-apigw-id", inv.extendedRequestId());
        boolean lambda = inv.integration().flatMap(i -> i.type())
                .filter(t -> t == IntegrationType.AWS_PROXY || t == IntegrationType.AWS).isPresent();
        if (lambda && inv.failure().isEmpty() && !HttpHeaders.contains(headers, "X-Amzn-Trace-Id")) {
            String trace = inv.traceId();
            HttpHeaders.set(headers, "X-Amzn-Trace-Id", trace.contains("Sampled=") ? trace : trace + ";Sampled=0");
        }
        return new HttpResponse(response.status(), headers, response.body());
    }
}
