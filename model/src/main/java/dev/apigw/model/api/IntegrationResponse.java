package dev.apigw.model.api;

import dev.apigw.model.Immutable;
import java.util.Map;
import java.util.Optional;

/**
 * One entry of {@code x-amazon-apigateway-integration.responses}: its key is the selection pattern (a regex over the
 * backend status or Lambda error message, or {@code default}).
 */
public record IntegrationResponse(
        String selectionPattern,
        String statusCode,
        Map<String, String> responseParameters,
        Map<String, TextValue> responseTemplates,
        Optional<ContentHandling> contentHandling,
        Map<String, Object> unknownProperties) {

    public static final String DEFAULT = "default";

    public IntegrationResponse {
        responseParameters = Immutable.map(responseParameters);
        responseTemplates = Immutable.map(responseTemplates);
        unknownProperties = Immutable.map(unknownProperties);
    }

    public boolean isDefault() {
        return DEFAULT.equals(selectionPattern);
    }
}
