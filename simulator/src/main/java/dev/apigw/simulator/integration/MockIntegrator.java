package dev.apigw.simulator.integration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apigw.simulator.gateway.GatewayErrors;
import dev.apigw.simulator.pipeline.IntegrationRequest;
import dev.apigw.simulator.pipeline.IntegrationResult;
import dev.apigw.simulator.pipeline.Invocation;
import java.io.IOException;
import java.util.Map;

/**
 * API Gateway answering by itself: the status is the {@code statusCode} the request template rendered (200 when
 * there is none), and the integration response body is empty.
 */
public final class MockIntegrator implements Integrator {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public IntegrationResult call(Invocation inv, IntegrationRequest request) {
        String body = request.bodyText().trim();
        int status = body.isEmpty() ? 200 : MockStatus.plain(body);
        if (status < 0) {
            status = 200;
            try {
                JsonNode node = JSON.readTree(body);
                JsonNode code = node == null ? null : node.get("statusCode");
                if (code != null && code.canConvertToInt()) {
                    status = code.asInt();
                } else if (code != null && code.isTextual()) {
                    status = Integer.parseInt(code.asText().trim());
                }
            } catch (IOException | NumberFormatException e) {
                inv.logError("integrate", "Execution failed: the MOCK request template must render JSON with a "
                        + "statusCode, got: " + body);
                throw GatewayErrors.internalError();
            }
        }
        return IntegrationResult.of(status, Map.of(), new byte[0]);
    }
}
