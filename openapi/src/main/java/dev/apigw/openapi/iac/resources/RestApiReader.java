package dev.apigw.openapi.iac.resources;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apigw.model.api.ApiType;
import dev.apigw.model.diag.Diagnostic;
import dev.apigw.model.project.ProjectConfig;
import dev.apigw.openapi.iac.CloudFormationTemplate;
import dev.apigw.openapi.iac.TemplateApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One {@code AWS::ApiGateway::RestApi} with everything around it: its OpenAPI document (the {@code Body}, with what
 * member resources add, or the member resources alone), the RestApi's own properties at the document's root, and
 * stages, usage plans and API keys as project configuration.
 */
final class RestApiReader {
    private final TemplateView view;
    private final Findings findings;

    RestApiReader(TemplateView view, Findings findings) {
        this.view = view;
        this.findings = findings;
    }

    /** @param earlier diagnostics found before this API was read (template-wide ones, for the first API) */
    TemplateApi read(String api, ApiMembers members, UsagePlanIndex plans, List<Diagnostic> earlier) {
        ObjectNode part = new ResourceForm(view, findings).read(api, members);
        ObjectNode doc = new BodyDefinition(view.template(), findings).read(api)
                .map(body -> DocumentMerge.merge(body, part))
                .orElseGet(() -> DocumentMerge.standalone(api, part));
        new RestApiProperties(view, findings).apply(api, doc);
        ApiMembers.NOT_EMULATED_MEMBERS.forEach((type, why) -> members.of(api, type)
                .forEach(id -> findings.resourceNotEmulated(id, why)));
        StageReader.Stages stages = new StageReader(view, findings).read(api, members);
        UsagePlanReader.Result usage = new UsagePlanReader(view, findings).read(api, plans, stages);
        ProjectConfig config = new ProjectConfig(Optional.empty(), Optional.of(ApiType.REST), Map.of(),
                stages.byName(), usage.keys(), usage.plans(), Map.of(), List.of(), Map.of());
        List<Diagnostic> diagnostics = new ArrayList<>(earlier);
        diagnostics.addAll(findings.list());
        return new TemplateApi(api, ApiType.REST, Optional.of(doc), CloudFormationTemplate.pointer(api), config,
                diagnostics);
    }
}
