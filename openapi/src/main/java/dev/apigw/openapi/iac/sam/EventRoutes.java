package dev.apigw.openapi.iac.sam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apigw.openapi.iac.CloudFormationTemplate;
import dev.apigw.openapi.source.JsonPointers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the {@code Api} and {@code HttpApi} events of every function and state machine, in template order, and
 * which API each one adds its route to: the one its {@code RestApiId}/{@code ApiId} names, or SAM's implicit API
 * when it names none. Events naming an API that is not in the template are errors; events naming a CloudFormation
 * {@code AWS::ApiGateway::RestApi} only add a permission in SAM, so they add no route here either.
 */
final class EventRoutes {
    static final String IMPLICIT_REST = "ServerlessRestApi";
    static final String IMPLICIT_HTTP = "ServerlessHttpApi";
    static final String SAM_REST = "AWS::Serverless::Api";
    static final String SAM_HTTP = "AWS::Serverless::HttpApi";
    private static final Set<String> SOURCES = Set.of("AWS::Serverless::Function", "AWS::Serverless::StateMachine");

    private final Map<String, List<ApiEvent>> byApi = new LinkedHashMap<>();
    private final Map<String, ApiEvent> firstImplicit = new LinkedHashMap<>();

    private EventRoutes() {
    }

    /** Reads every event; reference problems go to {@code problems} (they belong to no API). */
    static EventRoutes collect(CloudFormationTemplate template, Findings problems) {
        EventRoutes routes = new EventRoutes();
        template.resourceTypes().forEach((id, type) -> {
            if (SOURCES.contains(type)) {
                routes.read(template, id, type, problems);
            }
        });
        return routes;
    }

    /** The events adding routes to API {@code apiId}, in template order. */
    List<ApiEvent> forApi(String apiId) {
        return byApi.getOrDefault(apiId, List.of());
    }

    /**
     * The first event that names no API and so creates SAM's implicit API {@code apiId}: the implicit API exists
     * only when there is one.
     */
    Optional<ApiEvent> firstImplicit(String apiId) {
        return Optional.ofNullable(firstImplicit.get(apiId));
    }

    private void read(CloudFormationTemplate template, String id, String type, Findings problems) {
        JsonNode events = template.properties(id).path("Events");
        String eventsPointer = JsonPointers.child(JsonPointers.child(CloudFormationTemplate.pointer(id),
                "Properties"), "Events");
        events.fields().forEachRemaining(e -> {
            String eventType = e.getValue().path("Type").asText("");
            if (!eventType.equals("Api") && !eventType.equals("HttpApi")) {
                return;
            }
            String pointer = JsonPointers.child(eventsPointer, e.getKey());
            JsonNode properties = e.getValue().path("Properties");
            if (!properties.isMissingNode() && !properties.isObject()) {
                problems.rejected(pointer + "/Properties", "the Properties of event " + id + "." + e.getKey()
                        + " are not an object; SAM rejects the event and apigw adds no route for it",
                        "write the event's Path and Method under Properties:");
                return;
            }
            ObjectNode props = properties.isObject() ? (ObjectNode) properties
                    : JsonNodeFactory.instance.objectNode();
            boolean rest = eventType.equals("Api");
            String idProperty = rest ? "RestApiId" : "ApiId";
            JsonNode raw = template.resource(id).path("Properties").path("Events").path(e.getKey())
                    .path("Properties").path(idProperty);
            if (raw.isMissingNode()) {
                String implicit = rest ? IMPLICIT_REST : IMPLICIT_HTTP;
                ApiEvent event = new ApiEvent(id, type, e.getKey(), eventType, props, pointer, false);
                firstImplicit.putIfAbsent(implicit, event);
                add(implicit, event);
                return;
            }
            target(template, raw, props.path(idProperty), JsonPointers.child(pointer + "/Properties", idProperty),
                    id + "." + e.getKey(), rest, problems).ifPresent(target -> add(target.apiId(), new ApiEvent(id,
                    type, e.getKey(), eventType, props, pointer, target.otherKind())));
        });
    }

    private record Target(String apiId, boolean otherKind) {
    }

    /** The API an explicit RestApiId/ApiId names; empty when it names none apigw builds from SAM events. */
    private static Optional<Target> target(CloudFormationTemplate template, JsonNode raw, JsonNode resolved,
            String pointer, String event, boolean rest, Findings problems) {
        String idProperty = rest ? "RestApiId" : "ApiId";
        String wanted = rest ? SAM_REST : SAM_HTTP;
        Optional<String> name = Intrinsics.refName(raw).or(() -> resolved.isTextual()
                ? Optional.of(resolved.asText()) : Optional.empty());
        if (name.isEmpty()) {
            problems.badReference(pointer, idProperty + " of event " + event + " is not a Ref to an API of this"
                    + " template, so apigw cannot tell which API the route belongs to; the route is left out",
                    "write " + idProperty + ": !Ref MyApi, naming an " + wanted + " of this template");
            return Optional.empty();
        }
        String type = template.resourceTypes().get(name.get());
        if (type == null) {
            problems.badReference(pointer, idProperty + " of event " + event + " names '" + name.get()
                    + "', which is not a resource of this template (or its Condition does not hold); the route is"
                    + " left out", "declare " + name.get() + " as an " + wanted + ", or fix the name");
            return Optional.empty();
        }
        if (type.equals(wanted)) {
            return Optional.of(new Target(name.get(), false));
        }
        if (rest && type.equals(SAM_HTTP)) {
            problems.badReference(pointer, "RestApiId of Api event " + event + " names '" + name.get()
                    + "', an AWS::Serverless::HttpApi; SAM requires an AWS::Serverless::Api, so the route is left out",
                    "use an HttpApi event with ApiId: !Ref " + name.get() + " for an HTTP API");
            return Optional.empty();
        }
        if (!rest && type.equals(SAM_REST)) {
            return Optional.of(new Target(name.get(), true));
        }
        // An AWS::ApiGateway::RestApi or AWS::ApiGatewayV2::Api: SAM only grants the permission; the route lives in
        // that resource's own Body, which the CloudFormation resource reader reads.
        return Optional.empty();
    }

    private void add(String apiId, ApiEvent event) {
        byApi.computeIfAbsent(apiId, k -> new ArrayList<>()).add(event);
    }
}
