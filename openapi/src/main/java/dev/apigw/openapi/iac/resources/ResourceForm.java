package dev.apigw.openapi.iac.resources;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apigw.openapi.json.Json;
import java.util.Map;
import java.util.TreeMap;

/**
 * The part of one API's OpenAPI document that its {@code AWS::ApiGateway::*} member resources define: paths from
 * the resource tree and methods, and the components (models, authorizers, validators, gateway responses) they
 * use. Paths are sorted, as get-export sorts them, so the document does not depend on template order.
 */
final class ResourceForm {
    private final TemplateView view;
    private final Findings findings;

    ResourceForm(TemplateView view, Findings findings) {
        this.view = view;
        this.findings = findings;
    }

    /** A partial OpenAPI 3 document: {@code paths}, {@code components} and the root extensions members give. */
    ObjectNode read(String api, ApiMembers members) {
        Components components = new Components();
        MethodReader.Refs refs = new MethodReader.Refs(
                new AuthorizerReader(view, findings).read(members.of(api, ApiMembers.AUTHORIZER), components),
                new ValidatorReader(view, findings).read(members.of(api, ApiMembers.VALIDATOR), components),
                new ModelReader(view, findings).read(members.of(api, ApiMembers.MODEL), components));
        new GatewayResponseReader(view, findings).read(members.of(api, ApiMembers.GATEWAY_RESPONSE), components);
        ResourceTree tree = ResourceTree.of(api, members.of(api, ApiMembers.RESOURCE), view, findings);
        MethodReader methods = new MethodReader(view, findings, tree, components, refs);
        Map<String, ObjectNode> paths = new TreeMap<>();
        for (String id : members.of(api, ApiMembers.METHOD)) {
            methods.read(id).ifPresent(op -> {
                ObjectNode item = paths.computeIfAbsent(op.path(), p -> Json.JSON.createObjectNode());
                if (item.has(op.key())) {
                    findings.invalid(id, "HttpMethod", "another method of this API already is " + op.key()
                            + " " + op.path() + "; the first one is used", "keep one method per HTTP method and path");
                } else {
                    item.set(op.key(), op.operation());
                }
            });
        }
        ObjectNode doc = Json.JSON.createObjectNode();
        ObjectNode pathsNode = doc.putObject("paths");
        paths.forEach(pathsNode::set);
        ObjectNode componentsNode = Json.JSON.createObjectNode();
        if (!components.schemas().isEmpty()) {
            componentsNode.set("schemas", components.schemas());
        }
        if (!components.securitySchemes().isEmpty()) {
            componentsNode.set("securitySchemes", components.securitySchemes());
        }
        if (!componentsNode.isEmpty()) {
            doc.set("components", componentsNode);
        }
        if (!components.validators().isEmpty()) {
            doc.set("x-amazon-apigateway-request-validators", components.validators());
        }
        if (!components.gatewayResponses().isEmpty()) {
            doc.set("x-amazon-apigateway-gateway-responses", components.gatewayResponses());
        }
        return doc;
    }
}
