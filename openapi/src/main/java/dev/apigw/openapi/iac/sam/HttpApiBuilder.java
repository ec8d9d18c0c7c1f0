package dev.apigw.openapi.iac.sam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apigw.model.api.ApiType;
import dev.apigw.model.project.ProjectConfig;
import dev.apigw.openapi.iac.TemplateApi;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the definition and stage of one SAM HTTP API: the starting definition (SAM's OpenAPI 3.0.1 skeleton
 * when none is given), each {@code HttpApi} event's route, then {@code CorsConfiguration}, {@code Auth},
 * {@code Name}, {@code Description} and {@code DisableExecuteApiEndpoint}.
 */
final class HttpApiBuilder {
    private static final String GENERATED_VERSION = "3.0.1";

    private final Definitions definitions;
    private final HttpEvents events;
    private final LambdaArns arns;

    HttpApiBuilder(Definitions definitions, LambdaArns arns) {
        this.definitions = definitions;
        this.events = new HttpEvents(arns);
        this.arns = arns;
    }

    TemplateApi build(SamResource api, List<ApiEvent> apiEvents) {
        Findings findings = new Findings(definitions.template());
        NotEmulated.check(api, findings);
        Definitions.Source source = definitions.read(api, Optional.of(GENERATED_VERSION), findings);
        Map<String, JsonNode> routeSettings = new LinkedHashMap<>();
        if (source.doc().isEmpty()) {
            return new TemplateApi(api.logicalId(), ApiType.HTTP, Optional.empty(), api.pointer(),
                    config(HttpStages.read(api, routeSettings, findings)), findings.list());
        }
        OpenApiDoc doc = source.doc().get();
        if (!doc.isOpenApi3()) {
            findings.rejected(api.pointer("DefinitionBody"), "the definition of HTTP API " + api.logicalId()
                    + " is not OpenAPI 3 (SAM edits only OpenAPI 3 definitions of HTTP APIs)",
                    "write the definition as openapi: 3.0.1");
        }
        boolean generated = source.kind() == Definitions.Kind.GENERATED;
        for (ApiEvent event : apiEvents) {
            if (event.isFunction()) {
                events.add(doc, event, api, generated, routeSettings, findings);
            } else {
                findings.rejected(event.pointer(), "SAM rejects the HttpApi event " + event.name() + ": state"
                        + " machines take Api events (REST APIs) only; no route is added", "use Type: Api");
            }
        }
        if (source.kind() == Definitions.Kind.FILE) {
            for (String name : List.of("CorsConfiguration", "Auth", "Name", "Description",
                    "DisableExecuteApiEndpoint")) {
                if (api.has(name)) {
                    findings.rejected(api.pointer(name), "SAM rejects " + api.logicalId() + ": " + name + " works"
                            + " only with an inline DefinitionBody, not with DefinitionUri; ignored",
                            "inline the definition with DefinitionBody, or write it into the definition itself");
                }
            }
        } else {
            HttpCors.apply(doc, api, findings);
            HttpAuth.apply(doc, api, arns, findings);
            info(doc, api, generated, findings);
            if (api.get("DisableExecuteApiEndpoint").isBoolean()) {
                doc.disableExecuteApiEndpoint(api.get("DisableExecuteApiEndpoint").asBoolean());
            }
        }
        SecurityMarkers.clean(doc);
        return new TemplateApi(api.logicalId(), ApiType.HTTP, Optional.of(doc.root()), api.pointer(),
                config(HttpStages.read(api, routeSettings, findings)), findings.list());
    }

    /** {@code Name} and {@code Description} go into {@code info}, unless the definition already sets them. */
    private static void info(OpenApiDoc doc, SamResource api, boolean generated, Findings findings) {
        ObjectNode info = OpenApiDoc.object(doc.root(), "info");
        api.text("Name").ifPresent(name -> {
            if (generated || !info.has("title")) {
                info.put("title", name);
            } else {
                findings.rejected(api.pointer("Name"), "SAM rejects " + api.logicalId() + ": Name cannot be set"
                        + " when the DefinitionBody has its own info.title; the definition's title is kept",
                        "remove Name, or the title in the definition");
            }
        });
        api.text("Description").ifPresent(description -> {
            if (!info.has("description")) {
                info.put("description", description);
            } else {
                findings.rejected(api.pointer("Description"), "SAM rejects " + api.logicalId() + ": Description"
                        + " cannot be set when the DefinitionBody has its own info.description; the definition's is"
                        + " kept", "remove one of them");
            }
        });
    }

    private static ProjectConfig config(SamStages.Stages stages) {
        return new ProjectConfig(Optional.empty(), Optional.of(ApiType.HTTP), Map.of(), stages.all(), List.of(),
                List.of(), Map.of(), List.of(), Map.of());
    }
}
