package dev.apigw.simulator;

import dev.apigw.simulator.gateway.GatewayErrors;
import dev.apigw.simulator.pipeline.Handler;
import dev.apigw.simulator.pipeline.Invocation;
import dev.apigw.simulator.pipeline.Outcome;

/** REST API payloads are limited to 10 MB; larger ones are 413 before anything else happens. */
final class PayloadLimitHandler implements Handler {
    static final int MAX_PAYLOAD_BYTES = 10 * 1024 * 1024;

    @Override
    public Outcome handle(Invocation inv) {
        if (inv.request().body().length > MAX_PAYLOAD_BYTES) {
            inv.log("request", "Request payload of " + inv.request().body().length + " bytes is over 10 MB");
            throw GatewayErrors.requestTooLarge();
        }
        return Outcome.CONTINUE;
    }
}
