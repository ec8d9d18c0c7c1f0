package dev.apigw.openapi.iac.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code AWS::ApiGateway::GatewayResponse}s as {@code x-amazon-apigateway-gateway-responses}, keyed by type. */
final class GatewayResponseReader {
    private static final Set<String> KNOWN = Set.of("ResponseParameters", "ResponseTemplates", "ResponseType",
            "RestApiId", "StatusCode");

    private final TemplateView view;
    private final Findings findings;

    GatewayResponseReader(TemplateView view, Findings findings) {
        this.view = view;
        this.findings = findings;
    }

    void read(List<String> responses, Components components) {
        for (String id : responses) {
            JsonNode properties = view.properties(id);
            findings.unknownProperties(id, properties, KNOWN, "");
            Optional<String> type = view.text(id, "ResponseType").filter(t -> !t.isBlank());
            if (type.isEmpty()) {
                findings.error(id, "ResponseType", "ResponseType is missing",
                        "write ResponseType: DEFAULT_4XX (or another gateway response type)");
                continue;
            }
            if (components.gatewayResponses().has(type.get())) {
                findings.invalid(id, "ResponseType", "another gateway response of this API already customises "
                        + type.get() + "; the first one is used", "keep one AWS::ApiGateway::GatewayResponse per type");
                continue;
            }
            ObjectNode response = components.gatewayResponses().putObject(type.get());
            view.text(id, "StatusCode").ifPresent(s -> response.put("statusCode", s));
            if (properties.path("ResponseParameters").isObject()) {
                response.set("responseParameters", Values.textObject(properties.get("ResponseParameters")));
            }
            if (properties.path("ResponseTemplates").isObject()) {
                response.set("responseTemplates", Values.textObject(properties.get("ResponseTemplates")));
            }
        }
    }
}
