package dev.apigw.openapi.iac.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apigw.openapi.json.Json;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A method's {@code Integration} property as {@code x-amazon-apigateway-integration}: the type in lower case and
 * each {@code IntegrationResponses} entry keyed by its {@code SelectionPattern} ({@code default} without one), as
 * get-export writes them. A Lambda {@code Uri} arrives already resolved, naming the function by logical id.
 */
final class IntegrationReader {
    private static final Set<String> KNOWN = Set.of("CacheKeyParameters", "CacheNamespace", "ConnectionId",
            "ConnectionType", "ContentHandling", "Credentials", "IntegrationHttpMethod", "IntegrationResponses",
            "PassthroughBehavior", "RequestParameters", "RequestTemplates", "ResponseTransferMode", "TimeoutInMillis",
            "Type", "Uri");
    private static final Set<String> RESPONSE_KNOWN = Set.of("ContentHandling", "ResponseParameters",
            "ResponseTemplates", "SelectionPattern", "StatusCode");
    private static final Set<String> TYPES = Set.of("AWS", "AWS_PROXY", "HTTP", "HTTP_PROXY", "MOCK");
    private static final String AT = "Integration";

    private final Findings findings;

    IntegrationReader(Findings findings) {
        this.findings = findings;
    }

    Optional<ObjectNode> read(String method, JsonNode integration) {
        if (!integration.isObject()) {
            findings.error(method, AT, "Integration must be an object", "write Integration: {Type: MOCK}");
            return Optional.empty();
        }
        findings.unknownProperties(method, integration, KNOWN, AT);
        String type = Values.text(integration.path("Type")).map(t -> t.toUpperCase(Locale.ROOT)).orElse("");
        if (!TYPES.contains(type)) {
            findings.error(method, AT + "/Type", "Integration Type must be one of " + TYPES.stream().sorted().toList()
                    + (type.isEmpty() ? "" : ", not " + type), "write Type: AWS_PROXY for a Lambda proxy");
            return Optional.empty();
        }
        ObjectNode out = Json.JSON.createObjectNode();
        out.put("type", type.toLowerCase(Locale.ROOT));
        copy(integration, "IntegrationHttpMethod", out, "httpMethod");
        copy(integration, "Uri", out, "uri");
        if (!type.equals("MOCK") && !integration.has("Uri")) {
            findings.error(method, AT, "a " + type + " integration needs a Uri", "write the backend's Uri");
        }
        copy(integration, "Credentials", out, "credentials");
        object(integration, "RequestParameters").ifPresent(p -> out.set("requestParameters", Values.textObject(p)));
        object(integration, "RequestTemplates").ifPresent(t -> out.set("requestTemplates", Values.textObject(t)));
        Values.text(integration.path("PassthroughBehavior"))
                .ifPresent(p -> out.put("passthroughBehavior", p.toLowerCase(Locale.ROOT)));
        copy(integration, "ContentHandling", out, "contentHandling");
        Values.integer(integration.path("TimeoutInMillis")).ifPresent(t -> out.put("timeoutInMillis", t));
        if (integration.path("CacheKeyParameters").isArray()) {
            out.set("cacheKeyParameters", integration.get("CacheKeyParameters"));
        }
        copy(integration, "CacheNamespace", out, "cacheNamespace");
        connection(method, integration, out);
        copy(integration, "ResponseTransferMode", out, "responseTransferMode");
        object(integration, "IntegrationResponses").ifPresent(r -> findings.error(method, AT
                + "/IntegrationResponses", "IntegrationResponses must be a list", "write - StatusCode: \"200\""));
        if (integration.path("IntegrationResponses").isArray()) {
            ObjectNode responses = responses(method, integration.get("IntegrationResponses"));
            if (!responses.isEmpty()) {
                out.set("responses", responses);
            }
        }
        return Optional.of(out);
    }

    private void connection(String method, JsonNode integration, ObjectNode out) {
        Optional<String> type = Values.text(integration.path("ConnectionType")).map(t -> t.toUpperCase(Locale.ROOT));
        type.ifPresent(t -> out.put("connectionType", t));
        copy(integration, "ConnectionId", out, "connectionId");
        if (type.filter("VPC_LINK"::equals).isPresent()) {
            findings.notEmulated(method, AT + "/ConnectionType", "VPC_LINK private integrations are not emulated; "
                    + "apigw calls the Uri directly", "make the Uri reachable from this machine, for example with a "
                    + "stage variable in the Uri");
        }
    }

    private ObjectNode responses(String method, JsonNode list) {
        ObjectNode responses = Json.JSON.createObjectNode();
        for (int i = 0; i < list.size(); i++) {
            JsonNode r = list.get(i);
            String at = AT + "/IntegrationResponses/" + i;
            if (!r.isObject()) {
                findings.error(method, at, "an integration response must be an object", "write - StatusCode: \"200\"");
                continue;
            }
            findings.unknownProperties(method, r, RESPONSE_KNOWN, at);
            Optional<String> status = Values.text(r.path("StatusCode"));
            if (status.isEmpty()) {
                findings.error(method, at, "an integration response needs a StatusCode", "write StatusCode: \"200\"");
                continue;
            }
            String pattern = Values.text(r.path("SelectionPattern")).filter(p -> !p.isEmpty()).orElse("default");
            if (responses.has(pattern)) {
                findings.invalid(method, at + "/SelectionPattern", "another integration response already has the "
                        + "selection pattern '" + pattern + "'; the first one is used",
                        "give each integration response its own SelectionPattern (one without is the default)");
                continue;
            }
            ObjectNode response = responses.putObject(pattern);
            response.put("statusCode", status.get());
            object(r, "ResponseParameters").ifPresent(p -> response.set("responseParameters", Values.textObject(p)));
            object(r, "ResponseTemplates").ifPresent(t -> response.set("responseTemplates", Values.textObject(t)));
            copy(r, "ContentHandling", response, "contentHandling");
        }
        return responses;
    }

    private static Optional<JsonNode> object(JsonNode from, String property) {
        JsonNode value = from.path(property);
        return value.isObject() ? Optional.of(value) : Optional.empty();
    }

    private static void copy(JsonNode from, String property, ObjectNode to, String key) {
        JsonNode value = from.get(property);
        if (value != null && !value.isNull()) {
            to.set(key, value);
        }
    }
}
