package dev.apigw.openapi.iac.v2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An {@code AWS::ApiGatewayV2::Integration} of an HTTP API as the {@code x-amazon-apigateway-integration} AWS's
 * export writes for it: Lambda proxy ({@code AWS_PROXY}, the function by its invocation URI, payload format 1.0 or
 * 2.0) or HTTP proxy ({@code HTTP_PROXY}), with parameter mapping, timeout and credentials.
 */
final class HttpIntegrationWriter {
    private static final String WEBSOCKET_ONLY = "it applies to WebSocket APIs only; HTTP APIs ignore it";
    private static final PropertyRules RULES = new PropertyRules(Set.of("IntegrationType", "IntegrationUri",
            "IntegrationMethod", "PayloadFormatVersion", "TimeoutInMillis", "CredentialsArn", "RequestParameters",
            "ResponseParameters", "ConnectionType", "ConnectionId", "IntegrationSubtype", "TlsConfig"),
            Map.of("ContentHandlingStrategy", WEBSOCKET_ONLY, "PassthroughBehavior", WEBSOCKET_ONLY,
                    "RequestTemplates", WEBSOCKET_ONLY, "TemplateSelectionExpression", WEBSOCKET_ONLY));
    private static final int MAX_TIMEOUT = 30_000;

    private final Findings findings;

    HttpIntegrationWriter(Findings findings) {
        this.findings = findings;
    }

    Optional<ObjectNode> write(V2Resource integration) {
        RULES.check(integration, findings);
        String type = integration.text("IntegrationType").orElse("").toUpperCase(Locale.ROOT);
        if (!type.equals("AWS_PROXY") && !type.equals("HTTP_PROXY")) {
            findings.invalid(integration, "IntegrationType", "IntegrationType '" + type + "' is not one HTTP APIs"
                    + " have", "use AWS_PROXY (Lambda or an AWS service) or HTTP_PROXY (a URL)");
            return Optional.empty();
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("type", type.toLowerCase(Locale.ROOT));
        boolean lambda = type.equals("AWS_PROXY") && !integration.has("IntegrationSubtype");
        out.put("httpMethod", integration.text("IntegrationMethod").orElseGet(() -> {
            if (!lambda && type.equals("HTTP_PROXY")) {
                findings.note(integration, "IntegrationMethod", "no IntegrationMethod: the backend is called with"
                        + " the client's method (ANY)");
            }
            return lambda ? "POST" : "ANY";
        }));
        uri(integration, lambda).ifPresent(u -> out.set("uri", u));
        out.put("payloadFormatVersion", integration.text("PayloadFormatVersion").orElseGet(() -> {
            if (lambda) {
                findings.note(integration, "PayloadFormatVersion", "no PayloadFormatVersion: API Gateway uses 1.0"
                        + " (CDK and SAM write 2.0); set it to say which event the function gets");
            }
            return "1.0";
        }));
        out.put("connectionType", integration.text("ConnectionType").orElse("INTERNET"));
        if (integration.text("ConnectionType").filter("VPC_LINK"::equalsIgnoreCase).isPresent()) {
            boolean url = integration.text("IntegrationUri").filter(u -> u.startsWith("http://")
                    || u.startsWith("https://")).isPresent();
            findings.notEmulated(integration, "ConnectionType", "a VPC link reaches private resources inside AWS; "
                    + (url ? "apigw calls the IntegrationUri directly from this machine" : "the IntegrationUri names"
                            + " a load balancer listener or Cloud Map service, which apigw cannot call, so the route"
                            + " fails locally"));
        }
        integration.text("ConnectionId").ifPresent(c -> out.put("connectionId", c));
        integration.text("CredentialsArn").ifPresent(c -> out.put("credentials", c));
        integration.integer("TimeoutInMillis").ifPresent(t -> {
            if (t < 50 || t > MAX_TIMEOUT) {
                findings.invalid(integration, "TimeoutInMillis", "TimeoutInMillis " + t + " is outside 50.."
                        + MAX_TIMEOUT, "HTTP APIs allow 50 ms to 30 s");
            }
            out.put("timeoutInMillis", t);
        });
        integration.text("IntegrationSubtype").ifPresent(s -> {
            out.put("integrationSubtype", s);
            findings.notEmulated(integration, "IntegrationSubtype", "AWS service integrations (" + s + ") are not"
                    + " called locally; the route answers 500");
        });
        if (integration.get("RequestParameters").isObject()) {
            out.set("requestParameters", integration.get("RequestParameters").deepCopy());
        }
        responseParameters(integration.get("ResponseParameters")).ifPresent(r -> out.set("responseParameters", r));
        if (integration.get("TlsConfig").isObject()) {
            ObjectNode tls = out.putObject("tlsConfig");
            String serverName = integration.get("TlsConfig").path("ServerNameToVerify").asText("");
            if (!serverName.isEmpty()) {
                tls.put("serverNameToVerify", serverName);
            }
            findings.notEmulated(integration, "TlsConfig", "backends are called with the JVM's default TLS checks");
        }
        return Optional.of(out);
    }

    /** A Lambda function ARN becomes its invocation URI; anything else (a URL, an ARN of a listener) as written. */
    private Optional<JsonNode> uri(V2Resource integration, boolean lambda) {
        JsonNode uri = integration.get("IntegrationUri");
        if (uri.isMissingNode() || uri.isNull()) {
            if (!integration.has("IntegrationSubtype")) {
                findings.invalid(integration, "IntegrationUri", "the integration has no IntegrationUri",
                        "give the Lambda function (!GetAtt Fn.Arn) or the backend URL");
            }
            return Optional.empty();
        }
        if (uri.isTextual() && lambda) {
            return Optional.of(JsonNodeFactory.instance.textNode(LambdaUris.invocationUri(uri.asText())));
        }
        return Optional.of(uri.deepCopy());
    }

    /**
     * {@code ResponseParameters} keyed by status code: CloudFormation's form
     * ({@code {"404": {"ResponseParameters": [{"Destination": ..., "Source": ...}]}}}) or the API's plain map
     * ({@code {"404": {"overwrite:statuscode": "410"}}}), both as the extension's map of maps.
     */
    static Optional<ObjectNode> responseParameters(JsonNode node) {
        if (!node.isObject() || node.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        node.fields().forEachRemaining(status -> {
            ObjectNode mappings = out.putObject(status.getKey());
            JsonNode list = status.getValue().path("ResponseParameters");
            if (list.isArray()) {
                list.forEach(p -> mappings.put(p.path("Destination").asText(), p.path("Source").asText()));
            } else {
                status.getValue().fields().forEachRemaining(m -> mappings.set(m.getKey(), m.getValue().deepCopy()));
            }
        });
        return Optional.of(out);
    }
}
