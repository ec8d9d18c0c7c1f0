package dev.apigw.model.websocket;

import dev.apigw.model.Immutable;
import dev.apigw.model.api.Integration;
import java.util.Map;
import java.util.Optional;

/**
 * One route of a WebSocket API. The integration reuses the REST {@link Integration} (type, uri, httpMethod,
 * requestTemplates, responses with their response templates); what WebSocket routes add is kept here.
 *
 * @param templateSelectionExpression      picks the request template by key ({@code \$default} or e.g.
 *                                         {@code $request.body.type}); without it the {@code $default} template
 * @param responseTemplateSelectionExpressions per integration response (keyed by its selection pattern), which
 *                                         response template to use
 * @param routeResponseSelectionExpression present (only {@code $default} is allowed, as in AWS) for a two-way route:
 *                                         the integration's answer is sent back to the client
 * @param authorizationType                {@code NONE}, {@code CUSTOM} (a Lambda REQUEST authorizer) or
 *                                         {@code AWS_IAM}; only {@code $connect} may have one
 * @param authorizer                       the name of an entry in {@link WebSocketApi#authorizers()}
 */
public record WebSocketRoute(
        String routeKey,
        Optional<Integration> integration,
        Optional<String> templateSelectionExpression,
        Map<String, String> responseTemplateSelectionExpressions,
        Optional<String> routeResponseSelectionExpression,
        String authorizationType,
        Optional<String> authorizer,
        boolean apiKeyRequired) {

    public WebSocketRoute {
        integration = integration == null ? Optional.empty() : integration;
        templateSelectionExpression = templateSelectionExpression == null ? Optional.empty()
                : templateSelectionExpression;
        responseTemplateSelectionExpressions = Immutable.map(responseTemplateSelectionExpressions);
        routeResponseSelectionExpression = routeResponseSelectionExpression == null ? Optional.empty()
                : routeResponseSelectionExpression;
        authorizationType = authorizationType == null || authorizationType.isBlank() ? "NONE" : authorizationType;
        authorizer = authorizer == null ? Optional.empty() : authorizer;
    }

    /** A route whose integration answer goes back to the client. */
    public boolean twoWay() {
        return routeResponseSelectionExpression.isPresent();
    }
}
