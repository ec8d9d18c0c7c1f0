package dev.apigw.openapi.iac.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.apigw.openapi.iac.CloudFormationTemplate;
import dev.apigw.openapi.source.JsonPointers;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The template as the resource-form reader sees it: each resource's {@code Properties} with intrinsics resolved,
 * where references between API Gateway resources stay readable. {@code Ref} to a resource already resolves to its
 * logical id; {@code Fn::GetAtt} of an API Gateway resource's id ({@code [Api, RootResourceId]},
 * {@code [Authorizer, AuthorizerId]}...) is only known once deployed, so before resolving it is replaced by what
 * {@link Reference} reads: the logical id, or {@code Api.RootResourceId} for the root resource. That keeps the
 * resolver from warning about the attribute every CDK template uses for every root method. A RestApi's
 * {@code Body} is left out: {@link BodyDefinition} reads it.
 */
final class TemplateView {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final CloudFormationTemplate template;
    private final Map<String, JsonNode> properties = new HashMap<>();

    TemplateView(CloudFormationTemplate template) {
        this.template = template;
    }

    CloudFormationTemplate template() {
        return template;
    }

    List<String> ofType(String type) {
        return template.resourcesOfType(type);
    }

    /** The resource's type, or empty when no resource of that id exists (or its Condition is false). */
    Optional<String> type(String logicalId) {
        return Optional.ofNullable(template.resourceTypes().get(logicalId));
    }

    boolean isOfType(String logicalId, String type) {
        return type(logicalId).filter(type::equals).isPresent();
    }

    /** The resolved {@code Properties} (an empty object when there are none). */
    JsonNode properties(String logicalId) {
        return properties.computeIfAbsent(logicalId, this::resolve);
    }

    /** A text property, when it is one (numbers and booleans as their text). */
    Optional<String> text(String logicalId, String property) {
        JsonNode value = properties(logicalId).path(property);
        return value.isValueNode() && !value.isNull() ? Optional.of(value.asText()) : Optional.empty();
    }

    /** What a reference property names: a logical id, the root of an API, or empty when it is no reference. */
    Optional<Reference> reference(String logicalId, String property) {
        return Reference.of(properties(logicalId).path(property));
    }

    private JsonNode resolve(String logicalId) {
        JsonNode raw = template.resource(logicalId).path("Properties");
        if (!raw.isObject()) {
            return NODES.objectNode();
        }
        String pointer = JsonPointers.child(CloudFormationTemplate.pointer(logicalId), "Properties");
        JsonNode marked = markApiAttributes(raw);
        if (isOfType(logicalId, ApiMembers.REST_API)) {
            // the Body is read (and its intrinsics resolved, and warned about) once, by BodyDefinition
            ((ObjectNode) marked).remove("Body");
        }
        JsonNode resolved = template.resolve(marked, pointer);
        return resolved.isObject() ? resolved : NODES.objectNode();
    }

    /** A copy with every {@code Fn::GetAtt} of an API Gateway id attribute replaced by its reference text. */
    private JsonNode markApiAttributes(JsonNode node) {
        if (node.isObject()) {
            if (node.size() == 1 && node.has("Fn::GetAtt")) {
                Optional<String> reference = apiAttribute(node.get("Fn::GetAtt"));
                if (reference.isPresent()) {
                    return TextNode.valueOf(reference.get());
                }
            }
            ObjectNode out = NODES.objectNode();
            node.fields().forEachRemaining(e -> out.set(e.getKey(), markApiAttributes(e.getValue())));
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = NODES.arrayNode();
            node.forEach(item -> out.add(markApiAttributes(item)));
            return out;
        }
        return node;
    }

    private Optional<String> apiAttribute(JsonNode argument) {
        String resource;
        String attribute;
        if (argument.isTextual() && argument.asText().contains(".")) {
            int dot = argument.asText().indexOf('.');
            resource = argument.asText().substring(0, dot);
            attribute = argument.asText().substring(dot + 1);
        } else if (argument.isArray() && argument.size() == 2 && argument.get(0).isTextual()
                && argument.get(1).isTextual()) {
            resource = argument.get(0).asText();
            attribute = argument.get(1).asText();
        } else {
            return Optional.empty();
        }
        if (!type(resource).filter(t -> t.startsWith("AWS::ApiGateway::")).isPresent()) {
            return Optional.empty();
        }
        if (attribute.equals("RootResourceId")) {
            return Optional.of(Reference.root(resource).text());
        }
        // RestApiId, ResourceId, AuthorizerId, RequestValidatorId, DeploymentId, APIKeyId, Id: the resource itself
        return attribute.endsWith("Id") ? Optional.of(resource) : Optional.empty();
    }
}
