package dev.apigw.openapi.iac.resources;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The API Gateway resources of a template grouped by the REST API their {@code RestApiId} names. A member whose
 * {@code RestApiId} names no REST API of the template (a typo, or an API of another stack) is an error: its
 * methods would silently be missing otherwise.
 */
final class ApiMembers {
    static final String REST_API = "AWS::ApiGateway::RestApi";
    static final String RESOURCE = "AWS::ApiGateway::Resource";
    static final String METHOD = "AWS::ApiGateway::Method";
    static final String MODEL = "AWS::ApiGateway::Model";
    static final String VALIDATOR = "AWS::ApiGateway::RequestValidator";
    static final String AUTHORIZER = "AWS::ApiGateway::Authorizer";
    static final String GATEWAY_RESPONSE = "AWS::ApiGateway::GatewayResponse";
    static final String DEPLOYMENT = "AWS::ApiGateway::Deployment";
    static final String STAGE = "AWS::ApiGateway::Stage";

    /** Members that carry a RestApiId but whose effect apigw does not emulate. */
    static final Map<String, String> NOT_EMULATED_MEMBERS = Map.of(
            "AWS::ApiGateway::DocumentationPart", "documentation parts do not change how the API answers",
            "AWS::ApiGateway::DocumentationVersion", "documentation versions do not change how the API answers",
            "AWS::ApiGateway::BasePathMapping", "custom domain mappings are not read from templates; the API is "
                    + "served at its execute-api path",
            "AWS::ApiGateway::BasePathMappingV2", "custom domain mappings are not read from templates; the API is "
                    + "served at its execute-api path");

    private static final List<String> MEMBER_TYPES = List.of(RESOURCE, METHOD, MODEL, VALIDATOR, AUTHORIZER,
            GATEWAY_RESPONSE, DEPLOYMENT, STAGE);

    private final Map<String, Map<String, List<String>>> byApi = new LinkedHashMap<>();

    private ApiMembers() {
    }

    /** @param orphans where members that belong to no API of the template are reported */
    static ApiMembers group(TemplateView view, Findings orphans) {
        ApiMembers members = new ApiMembers();
        List<String> types = new ArrayList<>(MEMBER_TYPES);
        types.addAll(NOT_EMULATED_MEMBERS.keySet().stream().sorted().toList());
        for (String type : types) {
            for (String id : view.ofType(type)) {
                members.api(view, id, orphans).ifPresent(api -> members.byApi.computeIfAbsent(api,
                        a -> new LinkedHashMap<>()).computeIfAbsent(type, t -> new ArrayList<>()).add(id));
            }
        }
        return members;
    }

    /** The members of {@code api} of one type, in template order. */
    List<String> of(String api, String type) {
        return byApi.getOrDefault(api, Map.of()).getOrDefault(type, List.of());
    }

    private Optional<String> api(TemplateView view, String id, Findings orphans) {
        Optional<Reference> api = view.reference(id, "RestApiId");
        if (api.isEmpty()) {
            orphans.unresolved(id, "RestApiId", "RestApiId is missing or does not resolve to a REST API of this "
                    + "template", "write RestApiId: !Ref <the AWS::ApiGateway::RestApi's logical id>");
            return Optional.empty();
        }
        if (api.get().root() || !view.isOfType(api.get().logicalId(), REST_API)) {
            orphans.unresolved(id, "RestApiId", "RestApiId names " + api.get().describe()
                    + ", which is no AWS::ApiGateway::RestApi of this template",
                    "write RestApiId: !Ref <the AWS::ApiGateway::RestApi's logical id>; APIs of other stacks "
                            + "cannot be extended locally");
            return Optional.empty();
        }
        return Optional.of(api.get().logicalId());
    }
}
