package dev.apigw.model.api;

import dev.apigw.model.Immutable;
import java.util.Map;
import java.util.Optional;

/** A customised gateway response ({@code x-amazon-apigateway-gateway-responses} entry). */
public record GatewayResponse(
        String type,
        Optional<String> statusCode,
        Map<String, String> responseParameters,
        Map<String, String> responseTemplates,
        Map<String, Object> unknownProperties) {

    public GatewayResponse {
        responseParameters = Immutable.map(responseParameters);
        responseTemplates = Immutable.map(responseTemplates);
        unknownProperties = Immutable.map(unknownProperties);
    }
}
