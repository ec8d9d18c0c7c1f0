package dev.apigw.openapi.iac.resources;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code AWS::ApiGateway::RequestValidator}s as {@code x-amazon-apigateway-request-validators}, named by
 * {@code Name} (else the logical id); methods name theirs with {@code x-amazon-apigateway-request-validator}.
 */
final class ValidatorReader {
    private static final Set<String> KNOWN = Set.of("Name", "RestApiId", "ValidateRequestBody",
            "ValidateRequestParameters");

    private final TemplateView view;
    private final Findings findings;

    ValidatorReader(TemplateView view, Findings findings) {
        this.view = view;
        this.findings = findings;
    }

    /** Adds the validators to {@code components} and returns each one's name by logical id. */
    Map<String, String> read(List<String> validators, Components components) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String id : validators) {
            JsonNode properties = view.properties(id);
            findings.unknownProperties(id, properties, KNOWN, "");
            String name = view.text(id, "Name").filter(n -> !n.isBlank()).orElse(id);
            if (components.validators().has(name)) {
                findings.invalid(id, "Name", "another request validator of this API is already named '" + name
                        + "'", "give each validator its own Name");
                continue;
            }
            names.put(id, name);
            components.validators().putObject(name)
                    .put("validateRequestBody", Values.bool(properties.path("ValidateRequestBody")))
                    .put("validateRequestParameters", Values.bool(properties.path("ValidateRequestParameters")));
        }
        return names;
    }
}
