package dev.apigw.openapi.iac.v2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apigw.model.diag.Diagnostic;
import dev.apigw.openapi.iac.CloudFormationTemplate;
import dev.apigw.openapi.source.JsonPointers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Groups a template's V2 resources under the API their {@code ApiId} names. A resource whose {@code ApiId} names no
 * API of the template belongs to no API read here, so its error goes to the template's own diagnostics.
 */
final class ApiGraphs {
    private ApiGraphs() {
    }

    static List<ApiGraph> of(CloudFormationTemplate template) {
        Map<String, ApiGraph> graphs = new LinkedHashMap<>();
        for (String id : template.resourcesOfType(V2Types.API)) {
            graphs.put(id, new ApiGraph(V2Resource.declared(id, V2Types.API, apiProperties(template, id))));
        }
        template.resourceTypes().forEach((id, type) -> {
            if (!type.startsWith(V2Types.PREFIX) || type.equals(V2Types.API)) {
                return;
            }
            V2Resource resource = V2Resource.declared(id, type, object(template.properties(id)));
            if (!resource.has("ApiId")) {
                return; // DomainName, VpcLink: not part of one API
            }
            Optional<String> apiId = LogicalIds.of(resource.get("ApiId"));
            ApiGraph graph = apiId.map(graphs::get).orElse(null);
            if (graph != null) {
                graph.add(resource);
            } else if (apiId.map(template.resourceTypes()::get).filter(t -> t.startsWith("AWS::Serverless::")
                    || t.equals("AWS::ApiGateway::RestApi")).isPresent()) {
                // An ApiMapping or Stage of a SAM or REST API: that API's reader reads (or warns about) it.
                return;
            } else {
                template.diagnostics().add(Diagnostic.error(V2Types.UNRESOLVED_REFERENCE,
                        template.locate(resource.at("ApiId")), resource.describe() + ": ApiId "
                                + apiId.map(a -> "'" + a + "'").orElse(resource.get("ApiId").toString())
                                + " names no AWS::ApiGatewayV2::Api of this template",
                        "point ApiId at the API with !Ref MyApi"));
            }
        });
        return new ArrayList<>(graphs.values());
    }

    /**
     * The API's properties resolved, except {@code Body}: the definition is loaded on its own (it may be an
     * {@code AWS::Include} or a string), so its intrinsics are resolved once, there.
     */
    private static ObjectNode apiProperties(CloudFormationTemplate template, String id) {
        JsonNode raw = template.resource(id).path("Properties");
        if (!raw.isObject()) {
            return JsonNodeFactory.instance.objectNode();
        }
        ObjectNode withoutBody = ((ObjectNode) raw).deepCopy();
        boolean hadBody = withoutBody.remove("Body") != null;
        ObjectNode resolved = object(template.resolve(withoutBody,
                JsonPointers.child(CloudFormationTemplate.pointer(id), "Properties")));
        if (hadBody) {
            resolved.set("Body", raw.get("Body")); // kept as written, for BodyDefinition to load
        }
        return resolved;
    }

    private static ObjectNode object(JsonNode node) {
        return node instanceof ObjectNode o ? o : JsonNodeFactory.instance.objectNode();
    }
}
