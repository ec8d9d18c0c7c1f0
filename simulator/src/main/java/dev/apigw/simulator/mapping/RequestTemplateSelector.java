package dev.apigw.simulator.mapping;

import dev.apigw.model.api.Integration;
import dev.apigw.model.api.PassthroughBehavior;
import dev.apigw.model.api.TextValue;
import dev.apigw.simulator.gateway.GatewayErrors;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses the request template by the request's media type, or decides on passthrough: WHEN_NO_MATCH passes any
 * unmatched body through; WHEN_NO_TEMPLATES passes only when no template is defined; NEVER never passes (415).
 */
public final class RequestTemplateSelector {
    private RequestTemplateSelector() {
    }

    /** The template to render, or empty to pass the body through; throws 415 when passthrough is not allowed. */
    public static Optional<Map.Entry<String, String>> select(Integration integration, String mediaType) {
        Map<String, TextValue> templates = integration.requestTemplates();
        PassthroughBehavior behavior = integration.passthroughBehavior().orElse(PassthroughBehavior.WHEN_NO_MATCH);
        for (Map.Entry<String, TextValue> e : templates.entrySet()) {
            if (e.getKey().equalsIgnoreCase(mediaType)) {
                return Optional.of(Map.entry(e.getKey(), e.getValue().literal().orElse("")));
            }
        }
        boolean passes = switch (behavior) {
            case WHEN_NO_MATCH -> true;
            case WHEN_NO_TEMPLATES -> templates.isEmpty();
            case NEVER -> false;
        };
        if (!passes) {
            throw GatewayErrors.unsupportedMediaType();
        }
        return Optional.empty();
    }
}
