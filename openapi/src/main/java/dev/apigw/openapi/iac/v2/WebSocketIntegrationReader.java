package dev.apigw.openapi.iac.v2;

import dev.apigw.model.api.ContentHandling;
import dev.apigw.model.api.Integration;
import dev.apigw.model.api.IntegrationResponse;
import dev.apigw.model.api.IntegrationType;
import dev.apigw.model.websocket.WebSocketApi;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A WebSocket route's {@code AWS::ApiGatewayV2::Integration} and its {@code IntegrationResponse}s as the model's
 * integration, the way {@code apigw.yaml}'s {@code websocket.routes.*.integration} reads them: type, URI, method,
 * timeout, request templates and parameters, content handling, and integration responses keyed {@code $default}
 * or {@code /regex/} with their templates.
 */
final class WebSocketIntegrationReader {
    private static final String HTTP_ONLY = "it applies to HTTP APIs only; WebSocket APIs ignore it";
    private static final PropertyRules RULES = new PropertyRules(Set.of("IntegrationType", "IntegrationUri",
            "IntegrationMethod", "TimeoutInMillis", "TemplateSelectionExpression", "RequestTemplates",
            "RequestParameters", "ContentHandlingStrategy", "CredentialsArn", "ConnectionType", "ConnectionId",
            "PayloadFormatVersion"), Map.of("PassthroughBehavior", "WebSocket request templates are chosen by the"
            + " template selection expression; the passthrough behavior is not applied",
            "ResponseParameters", HTTP_ONLY, "IntegrationSubtype", HTTP_ONLY, "TlsConfig", HTTP_ONLY));
    private static final PropertyRules RESPONSE_RULES = new PropertyRules(Set.of("IntegrationId",
            "IntegrationResponseKey", "ResponseTemplates", "TemplateSelectionExpression", "ContentHandlingStrategy"),
            Map.of("ResponseParameters", "WebSocket integration response parameters are not mapped"));

    /** What a route takes from its integration. */
    record Read(Integration integration, Optional<String> templateSelectionExpression,
            Map<String, String> responseTemplateSelectionExpressions) {
    }

    private final ApiGraph graph;
    private final Findings findings;

    WebSocketIntegrationReader(ApiGraph graph, Findings findings) {
        this.graph = graph;
        this.findings = findings;
    }

    Read read(V2Resource integration) {
        RULES.check(integration, findings);
        Integration.Builder b = Integration.builder();
        String typeText = integration.text("IntegrationType").orElse("");
        Optional<IntegrationType> type = IntegrationType.parse(typeText);
        if (type.isEmpty()) {
            findings.invalid(integration, "IntegrationType", "IntegrationType '" + typeText + "' is not one"
                    + " WebSocket APIs have", "use AWS_PROXY, AWS, HTTP_PROXY, HTTP or MOCK");
        } else if (type.get() == IntegrationType.AWS) {
            findings.notEmulated(integration, "IntegrationType", "AWS integrations (a Lambda function or AWS service"
                    + " without proxy) are not run on WebSocket routes; the route answers with an error");
        }
        type.ifPresent(b::type);
        Texts.of(integration.get("IntegrationUri")).ifPresent(b::uri);
        if (type.filter(t -> t != IntegrationType.MOCK).isPresent() && !integration.has("IntegrationUri")) {
            findings.invalid(integration, "IntegrationUri", "a " + type.get() + " integration needs an"
                    + " IntegrationUri", "give the Lambda invocation URI or the backend URL");
        }
        integration.text("IntegrationMethod").ifPresent(b::httpMethod);
        Texts.of(integration.get("CredentialsArn")).ifPresent(b::credentials);
        integration.integer("TimeoutInMillis").ifPresent(t -> {
            if (t < 50 || t > 29_000) {
                findings.invalid(integration, "TimeoutInMillis", "TimeoutInMillis " + t + " is outside 50..29000",
                        "WebSocket APIs allow 50 ms to 29 s");
            } else {
                b.timeoutInMillis(t);
            }
        });
        b.requestTemplates(Texts.map(integration.get("RequestTemplates")));
        b.requestParameters(Texts.strings(integration.get("RequestParameters")));
        contentHandling(integration).ifPresent(b::contentHandling);
        if (integration.text("ConnectionType").filter("VPC_LINK"::equalsIgnoreCase).isPresent()) {
            findings.notEmulated(integration, "ConnectionType", "a VPC link reaches private resources inside AWS;"
                    + " apigw calls the IntegrationUri directly from this machine");
        }
        integration.text("PayloadFormatVersion").filter(v -> !v.equals("1.0")).ifPresent(v -> findings.notEmulated(
                integration, "PayloadFormatVersion", "WebSocket integrations only have payload format 1.0"));
        Map<String, String> selections = new LinkedHashMap<>();
        b.responses(responses(integration, selections));
        return new Read(b.build(), integration.text("TemplateSelectionExpression"), selections);
    }

    private List<IntegrationResponse> responses(V2Resource integration, Map<String, String> selections) {
        List<IntegrationResponse> out = new ArrayList<>();
        for (V2Resource response : graph.of(V2Types.INTEGRATION_RESPONSE)) {
            if (!LogicalIds.of(response.get("IntegrationId")).filter(integration.logicalId()::equals).isPresent()) {
                continue;
            }
            RESPONSE_RULES.check(response, findings);
            String key = response.text("IntegrationResponseKey").orElse("");
            String pattern = pattern(response, key);
            response.text("TemplateSelectionExpression").ifPresent(e -> selections.put(pattern, e));
            out.add(new IntegrationResponse(pattern, key, Map.of(), Texts.map(response.get("ResponseTemplates")),
                    contentHandling(response), Map.of()));
        }
        return out;
    }

    /** {@code $default}, or a regular expression between slashes ({@code /4\d\d/}) over the status. */
    private String pattern(V2Resource response, String key) {
        if (key.equals(WebSocketApi.DEFAULT)) {
            return IntegrationResponse.DEFAULT;
        }
        if (key.length() > 2 && key.startsWith("/") && key.endsWith("/")) {
            String regex = key.substring(1, key.length() - 1);
            try {
                Pattern.compile(regex);
            } catch (PatternSyntaxException e) {
                findings.invalid(response, "IntegrationResponseKey", "IntegrationResponseKey " + key + " is not a"
                        + " valid regular expression: " + e.getDescription(), "write e.g. /4\\d\\d/");
            }
            return regex;
        }
        findings.invalid(response, "IntegrationResponseKey", "IntegrationResponseKey '" + key + "' must be $default"
                + " or a regular expression between slashes", "write $default or /4\\d\\d/");
        return key;
    }

    private Optional<ContentHandling> contentHandling(V2Resource resource) {
        Optional<String> text = resource.text("ContentHandlingStrategy");
        Optional<ContentHandling> parsed = text.flatMap(t -> ContentHandling.parse(t.toUpperCase(Locale.ROOT)));
        if (text.isPresent() && parsed.isEmpty()) {
            findings.invalid(resource, "ContentHandlingStrategy", "unknown ContentHandlingStrategy '" + text.get()
                    + "'", "use CONVERT_TO_BINARY or CONVERT_TO_TEXT");
        }
        return parsed;
    }
}
