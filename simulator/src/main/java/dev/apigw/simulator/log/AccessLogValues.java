package dev.apigw.simulator.log;

import dev.apigw.model.api.ApiType;
import dev.apigw.model.api.IntegrationType;
import dev.apigw.simulator.gateway.GatewayResponseException;
import dev.apigw.simulator.gateway.Json;
import dev.apigw.simulator.http.HttpResponse;
import dev.apigw.simulator.pipeline.IntegrationResult;
import dev.apigw.simulator.pipeline.Invocation;
import java.util.Optional;
import java.util.function.Function;

/**
 * The {@code $context} variables of API Gateway's access log for one finished request: the ones only known at the
 * end (status, lengths, latencies, error) computed here, the rest read from the request's {@code $context}.
 * {@code null} means no value (printed {@code -}).
 */
final class AccessLogValues implements AccessLogEntry, Function<String, String> {
    private final Invocation inv;
    private final long responseLatencyMillis;

    AccessLogValues(Invocation inv, long responseLatencyMillis) {
        this.inv = inv;
        this.responseLatencyMillis = responseLatencyMillis;
    }

    /**
     * The stage's format; none for a WebSocket API's {@code @connections} calls, which are the management API's
     * requests, not the stage's (its access log has connect, message and disconnect lines only).
     */
    @Override
    public Optional<String> format() {
        if (inv.deployment().api().type() == ApiType.WEBSOCKET) {
            return Optional.empty();
        }
        return AccessLogEntry.formatOf(inv.deployment().stage());
    }

    @Override
    public String apply(String name) {
        return value(name);
    }

    @Override
    public String value(String name) {
        Optional<HttpResponse> response = inv.response();
        Optional<GatewayResponseException> error = inv.failure();
        Optional<IntegrationResult> integration = inv.integrationResult();
        return switch (name) {
            case "status" -> response.map(r -> Integer.toString(r.status())).orElse(null);
            case "responseLength" -> response.map(r -> Integer.toString(r.body().length)).orElse(null);
            case "responseLatency" -> Long.toString(responseLatencyMillis);
            case "integrationLatency", "integration.latency" -> inv.integrationLatencyMillis().isPresent()
                    ? Long.toString(inv.integrationLatencyMillis().getAsLong()) : null;
            case "integration.status" -> integration.map(r -> Integer.toString(r.status())).orElse(null);
            case "integrationStatus", "integration.integrationStatus" -> integrationStatus(integration);
            case "integration.error" -> integration.flatMap(IntegrationResult::errorMessage).orElse(null);
            case "error.message" -> error.map(Throwable::getMessage).orElse(null);
            case "error.messageString" -> error.map(e -> Json.quote(e.getMessage())).orElse(null);
            case "error.responseType" -> error.map(e -> e.type().name()).orElse(null);
            case "error.validationErrorString" -> error.flatMap(GatewayResponseException::validationErrorString)
                    .orElse(null);
            case "xrayTraceId" -> xrayTraceId(inv.traceId());
            // HTTP APIs: why the integration failed, when it did.
            case "integrationErrorMessage" -> integration.flatMap(IntegrationResult::errorMessage)
                    .or(() -> error.filter(e -> e.status() >= 500).map(Throwable::getMessage)).orElse(null);
            default -> AccessLogEntry.find(inv.context(), name);
        };
    }

    /** For Lambda integrations, the Lambda service's status (200 once the function ran), not the function's. */
    private String integrationStatus(Optional<IntegrationResult> integration) {
        boolean lambda = inv.integration().flatMap(i -> i.type())
                .filter(t -> t == IntegrationType.AWS_PROXY || t == IntegrationType.AWS).isPresent();
        if (integration.isEmpty()) {
            return null;
        }
        return lambda ? "200" : Integer.toString(integration.get().status());
    }

    /** {@code Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=0} → {@code 1-5759e988-bd862e3fe1be46a994272793}. */
    static String xrayTraceId(String header) {
        for (String part : header.split(";")) {
            String p = part.strip();
            if (p.startsWith("Root=")) {
                return p.substring("Root=".length());
            }
        }
        return null;
    }
}
