package dev.apigw.simulator;

import dev.apigw.simulator.gateway.GatewayErrors;
import dev.apigw.simulator.http.HttpResponse;
import dev.apigw.simulator.pipeline.Handler;
import dev.apigw.simulator.pipeline.Invocation;
import dev.apigw.simulator.pipeline.Outcome;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Payloads are limited to 10 MB; larger ones are 413 before anything else happens. A REST API answers as recorded
 * from AWS: plain text {@code HTTP content length exceeded 10485760 bytes.}, which the API's gateway responses do
 * not change; other API types raise REQUEST_TOO_LARGE.
 */
final class PayloadLimitHandler implements Handler {
    static final int MAX_PAYLOAD_BYTES = 10 * 1024 * 1024;
    private static final byte[] REST_BODY = ("HTTP content length exceeded " + MAX_PAYLOAD_BYTES + " bytes.")
            .getBytes(StandardCharsets.UTF_8);

    private final boolean rest;

    PayloadLimitHandler() {
        this(false);
    }

    private PayloadLimitHandler(boolean rest) {
        this.rest = rest;
    }

    /** The REST API limit, answered before the API (and its gateway responses) are involved. */
    static PayloadLimitHandler rest() {
        return new PayloadLimitHandler(true);
    }

    @Override
    public Outcome handle(Invocation inv) {
        if (inv.request().body().length > MAX_PAYLOAD_BYTES) {
            inv.logError("request", "Request payload of " + inv.request().body().length + " bytes is over 10 MB");
            if (rest) {
                inv.response(new HttpResponse(413, Map.of("Content-Type", List.of("text; charset=utf-8")), REST_BODY));
                return Outcome.RESPOND;
            }
            throw GatewayErrors.requestTooLarge();
        }
        return Outcome.CONTINUE;
    }
}
