package dev.apigw.simulator.pipeline;

import dev.apigw.simulator.gateway.GatewayErrors;
import dev.apigw.simulator.gateway.GatewayResponseException;
import dev.apigw.simulator.http.HttpResponse;
import dev.apigw.simulator.vtl.TemplateException;
import java.util.List;

/**
 * Runs the steps in order until one responds or throws; then always turns a failure into the API's error response
 * and adds the headers every response of the API type carries ({@link ApiResponses}). Never throws: a bug in a step
 * is a 500, not a crash.
 */
public final class Pipeline {
    private final List<Handler> steps;
    private final ApiResponses responses;

    /** A REST API pipeline: gateway responses and REST's standard headers. */
    public Pipeline(List<Handler> steps) {
        this(steps, new RestResponses());
    }

    public Pipeline(List<Handler> steps, ApiResponses responses) {
        this.steps = List.copyOf(steps);
        this.responses = responses;
    }

    public void run(Invocation inv) {
        try {
            for (Handler step : steps) {
                if (step.handle(inv) == Outcome.RESPOND) {
                    break;
                }
            }
            if (inv.response().isEmpty() && inv.failure().isEmpty()) {
                inv.logError("internal", "Execution failed: no step of the pipeline produced a response");
                throw GatewayErrors.internalError();
            }
        } catch (GatewayResponseException e) {
            if (!inv.loggedError()) {
                // Every failure gets its reason: a step whose gateway response says it all logs nothing itself.
                inv.logError("gateway response", "Execution failed: " + e.getMessage()
                        + (e.getCause() != null ? " (" + e.getCause().getMessage() + ")" : ""));
            }
            inv.fail(e);
        } catch (TemplateException e) {
            inv.logError("mapping", "Execution failed due to a mapping template error: " + e.getMessage());
            inv.fail(GatewayErrors.internalError().causedBy(e));
        } catch (RuntimeException | StackOverflowError e) {
            inv.logError("internal", "Execution failed: " + e);
            inv.fail(GatewayErrors.internalError().causedBy(e));
        }
        HttpResponse response = inv.failure().map(f -> responses.error(inv, f)).orElseGet(() -> inv.response().get());
        inv.response(responses.finish(inv, response));
        inv.log("response", "Method completed with status: ", inv.response().get().status());
    }
}
