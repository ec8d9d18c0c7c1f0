package dev.apigw.openapi.iac.resources;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apigw.openapi.json.Json;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The {@code AWS::ApiGateway::RestApi}'s own properties as the root of its OpenAPI document: {@code Name} and
 * {@code Description} in {@code info}, and the API-wide extensions. When the API also has a {@code Body}, a
 * property given on the resource overrides the body's value (binary media types are added to the body's), as
 * API Gateway applies the properties after importing the body.
 */
final class RestApiProperties {
    private static final Set<String> KNOWN = Set.of("ApiKeySourceType", "BinaryMediaTypes", "Body",
            "BodyS3Location", "Description", "DisableExecuteApiEndpoint", "EndpointAccessMode",
            "EndpointConfiguration", "MinimumCompressionSize", "Mode", "Name", "Policy", "SecurityPolicy", "Tags");
    private static final String ENDPOINT = "x-amazon-apigateway-endpoint-configuration";

    private final TemplateView view;
    private final Findings findings;

    RestApiProperties(TemplateView view, Findings findings) {
        this.view = view;
        this.findings = findings;
    }

    void apply(String api, ObjectNode doc) {
        JsonNode properties = view.properties(api);
        findings.unknownProperties(api, properties, KNOWN, "");
        ObjectNode info = doc.get("info") instanceof ObjectNode i ? i : doc.putObject("info");
        view.text(api, "Name").ifPresent(name -> info.put("title", name));
        view.text(api, "Description").ifPresent(description -> info.put("description", description));
        if (!info.has("title")) {
            info.put("title", api);
        }
        if (!info.has("version")) {
            info.put("version", "1.0");
        }
        binaryMediaTypes(properties.path("BinaryMediaTypes"), doc);
        Values.integer(properties.path("MinimumCompressionSize"))
                .ifPresent(size -> doc.put("x-amazon-apigateway-minimum-compression-size", size));
        view.text(api, "ApiKeySourceType").ifPresent(s -> doc.put("x-amazon-apigateway-api-key-source", s));
        view.text(api, "SecurityPolicy").ifPresent(s -> doc.put("x-amazon-apigateway-security-policy", s));
        view.text(api, "EndpointAccessMode").ifPresent(m -> doc.put("x-amazon-apigateway-endpoint-access-mode", m));
        policy(api, properties.path("Policy"), doc);
        endpoint(api, properties, doc);
    }

    /** CloudFormation writes a {@code /} in a media type as {@code ~1} in some templates (a PATCH path escape). */
    private static void binaryMediaTypes(JsonNode types, ObjectNode doc) {
        if (!types.isArray() || types.isEmpty()) {
            return;
        }
        Set<String> merged = new LinkedHashSet<>(Values.texts(doc.path("x-amazon-apigateway-binary-media-types")));
        Values.texts(types).forEach(t -> merged.add(t.replace("~1", "/")));
        ArrayNode out = doc.putArray("x-amazon-apigateway-binary-media-types");
        merged.forEach(out::add);
    }

    private void policy(String api, JsonNode policy, ObjectNode doc) {
        if (policy.isTextual()) {
            try {
                policy = Json.JSON.readTree(policy.asText());
            } catch (JsonProcessingException e) {
                findings.error(api, "Policy", "Policy is a string but not a JSON policy document",
                        "write the policy as an object with a Statement");
                return;
            }
        }
        if (policy.isObject()) {
            doc.set("x-amazon-apigateway-policy", policy);
        } else if (!policy.isMissingNode()) {
            findings.error(api, "Policy", "Policy must be an IAM policy document", "write Policy: {Statement: [...]}");
        }
    }

    /**
     * {@code EndpointConfiguration} and {@code DisableExecuteApiEndpoint} as the endpoint-configuration extension:
     * where the body already has one, else at the root of a Swagger 2 document and in the first server of an
     * OpenAPI 3 one, as get-export writes it.
     */
    private void endpoint(String api, JsonNode properties, ObjectNode doc) {
        JsonNode configuration = properties.path("EndpointConfiguration");
        boolean disable = properties.has("DisableExecuteApiEndpoint");
        if (!configuration.isObject() && !disable) {
            return;
        }
        ObjectNode target = endpointNode(doc);
        if (configuration.isObject()) {
            findings.unknownProperties(api, configuration, Set.of("Types", "VpcEndpointIds"), "EndpointConfiguration");
            if (configuration.path("Types").isArray()) {
                target.set("types", configuration.get("Types"));
            }
            if (configuration.path("VpcEndpointIds").isArray()) {
                target.set("vpcEndpointIds", configuration.get("VpcEndpointIds"));
            }
        }
        Values.optionalBool(properties.path("DisableExecuteApiEndpoint"))
                .ifPresent(d -> target.put("disableExecuteApiEndpoint", d));
    }

    private static ObjectNode endpointNode(ObjectNode doc) {
        if (doc.get(ENDPOINT) instanceof ObjectNode existing) {
            return existing;
        }
        if (doc.path("swagger").asText("").startsWith("2")) {
            return doc.putObject(ENDPOINT);
        }
        ArrayNode servers = doc.get("servers") instanceof ArrayNode s ? s : doc.putArray("servers");
        if (servers.isEmpty() || !servers.get(0).isObject()) {
            servers.insertObject(0).put("url", "/");
        }
        ObjectNode server = (ObjectNode) servers.get(0);
        return server.get(ENDPOINT) instanceof ObjectNode existing ? existing : server.putObject(ENDPOINT);
    }
}
