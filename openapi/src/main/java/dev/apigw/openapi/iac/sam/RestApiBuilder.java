package dev.apigw.openapi.iac.sam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apigw.model.api.ApiType;
import dev.apigw.model.project.ProjectConfig;
import dev.apigw.openapi.iac.CloudFormationTemplate;
import dev.apigw.openapi.iac.TemplateApi;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the definition and stages of one SAM REST API, in the order the SAM transform works: the starting
 * definition, then each event's method, then the API's CORS, Auth, gateway responses, models and RestApi
 * properties. Event routes go into a definition SAM generates, and into a {@code DefinitionBody} only with
 * {@code MergeDefinitions: true}; otherwise the body must already hold them, as it must on AWS.
 */
final class RestApiBuilder {
    private final Definitions definitions;
    private final RestEvents events;
    private final HttpEvents httpEvents;
    private final LambdaArns arns;

    RestApiBuilder(Definitions definitions, LambdaArns arns) {
        this.definitions = definitions;
        this.events = new RestEvents(arns);
        this.httpEvents = new HttpEvents(arns);
        this.arns = arns;
    }

    TemplateApi build(SamResource api, List<ApiEvent> apiEvents) {
        CloudFormationTemplate template = definitions.template();
        Findings findings = new Findings(template);
        NotEmulated.check(api, findings);
        if (api.has("OpenApiVersion") && !api.text("OpenApiVersion").orElse("").matches("[23](\\.\\d)(\\.\\d)?")) {
            findings.rejected(api.pointer("OpenApiVersion"), "SAM rejects " + api.logicalId() + ": OpenApiVersion"
                    + " must look like 2.0 or 3.0.1; the definition is generated as Swagger 2.0",
                    "write OpenApiVersion: '3.0.1'");
        }
        SamStages.Stages stages = SamStages.rest(api, findings);
        Definitions.Source source = definitions.read(api, openApi3Version(api), findings);
        if (source.doc().isEmpty()) {
            return new TemplateApi(api.logicalId(), ApiType.REST, Optional.empty(), api.pointer(),
                    config(stages, SamUsagePlans.Plans.none()), findings.list());
        }
        OpenApiDoc doc = source.doc().get();
        boolean merge = source.kind() == Definitions.Kind.INLINE && Numbers.bool(api.get("MergeDefinitions"))
                .orElse(false);
        for (ApiEvent event : apiEvents) {
            addEvent(doc, event, api, source.kind(), merge, stages.main(), findings);
        }
        SamUsagePlans.Plans plans = SamUsagePlans.Plans.none();
        if (source.kind() == Definitions.Kind.FILE) {
            rejectInlineOnly(api, findings);
        } else {
            SamCors.apply(doc, api, findings);
            SamAuth.apply(doc, api, stages.main(), arns, findings);
            RestSettings.inlineOnly(doc, api, findings);
            plans = SamUsagePlans.read(api, stages.main(), findings);
        }
        RestSettings.restApi(doc, api, findings);
        SecurityMarkers.clean(doc);
        return new TemplateApi(api.logicalId(), ApiType.REST, Optional.of(doc.root()), api.pointer(),
                config(stages, plans), findings.list());
    }

    /**
     * SAM's generated definition is Swagger 2.0 unless {@code OpenApiVersion} is 3.x; a bare {@code 3.0} becomes
     * {@code 3.0.1}, the version API Gateway's exports carry.
     */
    private static Optional<String> openApi3Version(SamResource api) {
        return api.text("OpenApiVersion").filter(v -> v.matches("3(\\.\\d)(\\.\\d)?"))
                .map(v -> v.equals("3.0") ? "3.0.1" : v);
    }

    private void addEvent(OpenApiDoc doc, ApiEvent event, SamResource api, Definitions.Kind kind, boolean merge,
            String stage, Findings findings) {
        if (event.targetsOtherKind()) {
            httpEvents.addToRestApi(doc, event, api, findings);
            return;
        }
        Optional<RestEvents.Route> route = RestEvents.route(event, findings);
        if (route.isEmpty()) {
            return;
        }
        String path = route.get().path();
        String method = route.get().methodKey();
        if (kind == Definitions.Kind.GENERATED) {
            events.add(doc, event, route.get(), api, stage, findings);
        } else if (merge) {
            // MergeDefinitions: SAM generates the method alone, then lays it over the body's (its keys win).
            Optional<ObjectNode> written = doc.operation(path, method).map(ObjectNode::deepCopy);
            doc.operation(path, method).ifPresent(op -> ((ObjectNode) doc.paths().get(path)).remove(method));
            events.add(doc, event, route.get(), api, stage, findings);
            written.ifPresent(before -> doc.operation(path, method).ifPresent(generated -> {
                ObjectNode merged = before.deepCopy();
                merged.setAll(generated);
                ((ObjectNode) doc.paths().get(path)).set(method, merged);
            }));
        } else if (!doc.hasOperation(path, method)) {
            findings.rejected(event.pointer(), "event " + event.name() + " routes " + route.get().display()
                    + " to " + api.logicalId() + ", whose " + (kind == Definitions.Kind.FILE ? "DefinitionUri"
                    : "DefinitionBody") + " has no such method; SAM adds event routes to a definition it was"
                    + " given only with MergeDefinitions: true, so the API has no such method",
                    "add " + route.get().display() + " to the definition, or set MergeDefinitions: true");
        }
    }

    /** With a DefinitionUri SAM refuses the properties it would have to write into the definition. */
    private static void rejectInlineOnly(SamResource api, Findings findings) {
        for (String name : List.of("Cors", "Auth", "GatewayResponses", "Models")) {
            JsonNode value = api.get(name);
            if (!value.isMissingNode() && !value.isNull()) {
                findings.rejected(api.pointer(name), "SAM rejects " + api.logicalId() + ": " + name + " works only"
                        + " with an inline DefinitionBody, not with DefinitionUri; ignored", "inline the definition"
                        + " with DefinitionBody (Fn::Transform AWS::Include reads a local file), or write " + name
                        + " into the definition itself");
            }
        }
    }

    private static ProjectConfig config(SamStages.Stages stages, SamUsagePlans.Plans plans) {
        return new ProjectConfig(Optional.empty(), Optional.of(ApiType.REST), Map.of(), stages.all(), plans.keys(),
                plans.plans(), Map.of(), List.of(), Map.of());
    }
}
