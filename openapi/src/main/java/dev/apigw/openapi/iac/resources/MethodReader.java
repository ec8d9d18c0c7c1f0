package dev.apigw.openapi.iac.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apigw.openapi.json.Json;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An {@code AWS::ApiGateway::Method} as the operation get-export writes: on the path of its {@code ResourceId},
 * under its HTTP method ({@code ANY} as {@code x-amazon-apigateway-any-method}), with its security (authorizer,
 * IAM, API key), request validator, parameters, models, responses and integration.
 */
final class MethodReader {
    private static final Set<String> KNOWN = Set.of("ApiKeyRequired", "AuthorizationScopes", "AuthorizationType",
            "AuthorizerId", "HttpMethod", "Integration", "MethodResponses", "OperationName", "RequestModels",
            "RequestParameters", "RequestValidatorId", "ResourceId", "RestApiId");
    private static final Set<String> HTTP_METHODS = Set.of("GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD",
            "PATCH", "ANY");

    /** One method: where it goes in {@code paths} and what it is. */
    record Operation(String path, String key, ObjectNode operation) {
    }

    /** What a method may refer to besides resources: authorizers, validators and models, by logical id. */
    record Refs(Map<String, AuthorizerReader.Scheme> authorizers, Map<String, String> validators,
            Map<String, String> models) {
    }

    private final TemplateView view;
    private final Findings findings;
    private final ResourceTree tree;
    private final Components components;
    private final Refs refs;
    private final IntegrationReader integrations;
    private final MethodSignature signature;

    MethodReader(TemplateView view, Findings findings, ResourceTree tree, Components components, Refs refs) {
        this.view = view;
        this.findings = findings;
        this.tree = tree;
        this.components = components;
        this.refs = refs;
        this.integrations = new IntegrationReader(findings);
        this.signature = new MethodSignature(findings, components, refs.models());
    }

    Optional<Operation> read(String id) {
        JsonNode properties = view.properties(id);
        findings.unknownProperties(id, properties, KNOWN, "");
        Optional<String> path = path(id);
        String verb = view.text(id, "HttpMethod").map(m -> m.toUpperCase(Locale.ROOT)).orElse("");
        if (!HTTP_METHODS.contains(verb)) {
            findings.error(id, "HttpMethod", "HttpMethod must be one of " + HTTP_METHODS.stream().sorted().toList()
                    + (verb.isEmpty() ? "" : ", not " + verb), "write HttpMethod: GET (or ANY for every method)");
            return Optional.empty();
        }
        if (path.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode op = Json.JSON.createObjectNode();
        view.text(id, "OperationName").ifPresent(name -> op.put("operationId", name));
        signature.write(id, path.get(), properties, op);
        security(id, properties).ifPresent(s -> op.set("security", s));
        validator(id).ifPresent(v -> op.put("x-amazon-apigateway-request-validator", v));
        if (properties.has("Integration")) {
            integrations.read(id, properties.get("Integration"))
                    .ifPresent(i -> op.set("x-amazon-apigateway-integration", i));
        } else {
            findings.invalid(id, "", "the method has no Integration; API Gateway refuses to deploy such an API and "
                    + "apigw answers it with 500", "add Integration: {Type: MOCK} or the backend's integration");
        }
        String key = verb.equals("ANY") ? "x-amazon-apigateway-any-method" : verb.toLowerCase(Locale.ROOT);
        return Optional.of(new Operation(path.get(), key, op));
    }

    private Optional<String> path(String id) {
        Optional<Reference> resource = view.reference(id, "ResourceId");
        Optional<String> path = resource.flatMap(tree::pathOf);
        if (path.isEmpty() && resource.filter(r -> !r.root() && tree.contains(r.logicalId())).isEmpty()) {
            // a resource of this API whose own path failed was reported already
            findings.unresolved(id, "ResourceId", "ResourceId " + resource.map(r -> "names " + r.describe()
                    + ", which is no resource of this API").orElse("is missing or does not resolve"),
                    "write ResourceId: !Ref <an AWS::ApiGateway::Resource>, or !GetAtt <Api>.RootResourceId");
        }
        return path;
    }

    private Optional<ArrayNode> security(String id, JsonNode properties) {
        ArrayNode security = Json.JSON.createArrayNode();
        if (Values.bool(properties.path("ApiKeyRequired"))) {
            components.useApiKey();
            security.addObject().putArray(Components.API_KEY_SCHEME);
        }
        Optional<String> authorizerId = view.reference(id, "AuthorizerId").map(Reference::logicalId);
        Optional<AuthorizerReader.Scheme> authorizer = authorizerId.map(refs.authorizers()::get);
        String type = view.text(id, "AuthorizationType").map(t -> t.toUpperCase(Locale.ROOT))
                .orElse(authorizer.map(a -> a.cognito() ? "COGNITO_USER_POOLS" : "CUSTOM").orElse("NONE"));
        switch (type) {
            case "NONE" -> {
                authorizerId.ifPresent(a -> findings.invalid(id, "AuthorizerId", "AuthorizerId is ignored with "
                        + "AuthorizationType NONE", "write AuthorizationType: CUSTOM or COGNITO_USER_POOLS"));
            }
            case "AWS_IAM" -> {
                components.useSigv4();
                security.addObject().putArray(Components.SIGV4_SCHEME);
            }
            case "CUSTOM", "COGNITO_USER_POOLS" -> {
                if (authorizer.isEmpty()) {
                    findings.unresolved(id, "AuthorizerId", "AuthorizationType " + type + " needs an AuthorizerId "
                            + "naming an AWS::ApiGateway::Authorizer of this API" + authorizerId.map(a -> " ('" + a
                            + "' is none)").orElse(""), "write AuthorizerId: !Ref MyAuthorizer");
                    break;
                }
                if (authorizer.get().cognito() != type.equals("COGNITO_USER_POOLS")) {
                    findings.invalid(id, "AuthorizationType", "AuthorizationType " + type + " does not match the "
                            + authorizer.get().type() + " authorizer '" + authorizerId.get() + "'; the authorizer's "
                            + "type is used", "write AuthorizationType: CUSTOM for Lambda authorizers, "
                            + "COGNITO_USER_POOLS for Cognito ones");
                }
                ArrayNode scopes = security.addObject().putArray(authorizer.get().name());
                if (properties.path("AuthorizationScopes").isArray()) {
                    Values.texts(properties.get("AuthorizationScopes")).forEach(scopes::add);
                }
            }
            default -> findings.error(id, "AuthorizationType", "AuthorizationType must be NONE, AWS_IAM, CUSTOM or "
                    + "COGNITO_USER_POOLS, not " + type, "write AuthorizationType: NONE");
        }
        return security.isEmpty() ? Optional.empty() : Optional.of(security);
    }

    private Optional<String> validator(String id) {
        Optional<String> validator = view.reference(id, "RequestValidatorId").map(Reference::logicalId);
        if (validator.isPresent() && !refs.validators().containsKey(validator.get())) {
            findings.unresolved(id, "RequestValidatorId", "RequestValidatorId names '" + validator.get()
                    + "', which is no AWS::ApiGateway::RequestValidator of this API",
                    "write RequestValidatorId: !Ref MyValidator");
            return Optional.empty();
        }
        return validator.map(refs.validators()::get);
    }
}
