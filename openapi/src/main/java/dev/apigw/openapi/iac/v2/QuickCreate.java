package dev.apigw.openapi.iac.v2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Quick create: an HTTP API with a {@code Target} gets what AWS creates for it, an integration (AWS_PROXY with
 * payload format 2.0 for a Lambda function, HTTP_PROXY for a URL), a route ({@code RouteKey}, {@code $default} when
 * not given) and a {@code $default} stage that deploys automatically. An
 * {@code AWS::ApiGatewayV2::ApiGatewayManagedOverrides} of the API changes their properties, as it does in AWS.
 */
final class QuickCreate {
    private static final PropertyRules OVERRIDE_RULES = new PropertyRules(Set.of("Integration", "Route", "Stage"),
            Map.of());

    private QuickCreate() {
    }

    /** Adds the implied integration, route and stage to the graph, when the API has a {@code Target}. */
    static void addTo(ApiGraph graph, Findings findings) {
        V2Resource api = graph.api();
        List<V2Resource> overrides = graph.of(V2Types.OVERRIDES);
        if (!api.has("Target")) {
            overrides.forEach(o -> findings.notEmulated(o, "it overrides what quick create makes, and API '"
                    + api.logicalId() + "' has no Target"));
            return;
        }
        JsonNode target = api.get("Target");
        String id = api.logicalId();
        boolean lambda = !target.isTextual() || LambdaUris.isLambda(target.asText());
        if (!target.isTextual()) {
            findings.unresolved(api, "Target", "Target is not a Lambda function ARN or a URL once resolved",
                    "pass the value it needs with --param");
        }
        ObjectNode integration = JsonNodeFactory.instance.objectNode();
        integration.put("IntegrationType", lambda ? "AWS_PROXY" : "HTTP_PROXY");
        integration.set("IntegrationUri", target.deepCopy());
        integration.put("IntegrationMethod", lambda ? "POST" : "ANY");
        integration.put("PayloadFormatVersion", lambda ? "2.0" : "1.0");
        api.text("CredentialsArn").ifPresent(c -> integration.put("CredentialsArn", c));
        ObjectNode route = JsonNodeFactory.instance.objectNode();
        route.put("RouteKey", api.text("RouteKey").orElse(RouteKey.DEFAULT));
        route.put("Target", "integrations/" + id + ".Integration");
        ObjectNode stage = JsonNodeFactory.instance.objectNode();
        stage.put("StageName", "$default");
        stage.put("AutoDeploy", true);
        for (V2Resource o : overrides) {
            OVERRIDE_RULES.check(o, findings);
            merge(integration, o.get("Integration"));
            merge(route, o.get("Route"));
            merge(stage, o.get("Stage"));
        }
        String at = api.at("Target");
        graph.add(V2Resource.implied(id + ".Integration", V2Types.INTEGRATION, at, integration));
        graph.add(V2Resource.implied(id + ".Route", V2Types.ROUTE, api.has("RouteKey") ? api.at("RouteKey") : at,
                route));
        graph.add(V2Resource.implied(id + ".Stage", V2Types.STAGE, at, stage));
    }

    private static void merge(ObjectNode into, JsonNode overrides) {
        overrides.fields().forEachRemaining(e -> into.set(e.getKey(), e.getValue().deepCopy()));
    }
}
