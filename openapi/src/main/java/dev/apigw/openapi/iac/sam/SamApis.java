package dev.apigw.openapi.iac.sam;

import dev.apigw.openapi.iac.ApiReader;
import dev.apigw.openapi.iac.CloudFormationTemplate;
import dev.apigw.openapi.iac.TemplateApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The APIs the SAM transform would create from a template: every {@code AWS::Serverless::Api} and
 * {@code AWS::Serverless::HttpApi}, in template order, then the implicit {@code ServerlessRestApi} (stage
 * {@code Prod}) and {@code ServerlessHttpApi} (stage {@code $default}) when some function has {@code Api} or
 * {@code HttpApi} events that name no API, which is where SAM adds them. Each comes as the OpenAPI document the
 * transform generates (or completes) for it, with Lambda integrations naming functions by logical id, plus its
 * stages, API keys and usage plans.
 *
 * <p>Diagnostics: {@link #RULE_NOT_EMULATED} for what has meaning on AWS but not locally, {@link #RULE_SAM_REJECTS}
 * for what the SAM transform itself would refuse (the message says what apigw does instead), both warnings, and
 * {@link #RULE_BAD_REFERENCE} errors for references apigw cannot follow. Problems of an event that belongs to no
 * API it can find, and of the {@code Globals} section, are added to {@link CloudFormationTemplate#diagnostics()};
 * read a template once.
 */
public final class SamApis implements ApiReader {
    /** A property or setting apigw does not emulate (warning), said once per resource and property. */
    public static final String RULE_NOT_EMULATED = "APIGW-TEMPLATE-001";
    /** A reference apigw cannot follow, such as a RestApiId naming no API of the template (error). */
    public static final String RULE_BAD_REFERENCE = "APIGW-TEMPLATE-002";
    /** Something the SAM transform rejects; apigw goes on as the message says (warning). */
    public static final String RULE_SAM_REJECTS = "APIGW-TEMPLATE-003";

    @Override
    public List<TemplateApi> read(CloudFormationTemplate template) {
        if (!template.isSam()) {
            return List.of();
        }
        Findings templateFindings = new Findings(template);
        SamGlobals globals = SamGlobals.of(template);
        for (String kind : List.of("Function", "Api", "HttpApi")) {
            for (String property : globals.unsupported(kind)) {
                templateFindings.rejected("/Globals/" + kind + "/" + property, "SAM rejects the template: '"
                        + property + "' is not supported in Globals." + kind + "; apigw ignores it",
                        "set it on each resource instead");
            }
        }
        EventRoutes routes = EventRoutes.collect(template, templateFindings);
        LambdaArns arns = new LambdaArns(template);
        Definitions definitions = new Definitions(template, arns);
        RestApiBuilder rest = new RestApiBuilder(definitions, arns);
        HttpApiBuilder http = new HttpApiBuilder(definitions, arns);
        Optional<ApiEvent> implicitRest = routes.firstImplicit(EventRoutes.IMPLICIT_REST);
        Optional<ApiEvent> implicitHttp = routes.firstImplicit(EventRoutes.IMPLICIT_HTTP);
        for (var implicit : List.of(Map.entry(EventRoutes.IMPLICIT_REST, implicitRest), Map.entry(
                EventRoutes.IMPLICIT_HTTP, implicitHttp))) {
            if (implicit.getValue().isPresent() && template.resourceTypes().containsKey(implicit.getKey())) {
                templateFindings.rejected(CloudFormationTemplate.pointer(implicit.getKey()), "the template declares"
                        + " a resource named " + implicit.getKey() + ", and events without an API id create SAM's"
                        + " implicit API of that name, which replaces it", "rename the resource, or point the"
                        + " events at it explicitly");
            }
        }
        List<TemplateApi> apis = new ArrayList<>();
        template.resourceTypes().forEach((id, type) -> {
            if (type.equals(EventRoutes.SAM_REST) && !(id.equals(EventRoutes.IMPLICIT_REST)
                    && implicitRest.isPresent())) {
                apis.add(rest.build(SamResource.explicit(template, globals, id, SamResource.REST),
                        routes.forApi(id)));
            } else if (type.equals(EventRoutes.SAM_HTTP) && !(id.equals(EventRoutes.IMPLICIT_HTTP)
                    && implicitHttp.isPresent())) {
                apis.add(http.build(SamResource.explicit(template, globals, id, SamResource.HTTP),
                        routes.forApi(id)));
            }
        });
        implicitRest.ifPresent(first -> apis.add(rest.build(SamResource.implicit(template, globals,
                EventRoutes.IMPLICIT_REST, SamResource.REST, first.pointer()), routes.forApi(
                EventRoutes.IMPLICIT_REST))));
        implicitHttp.ifPresent(first -> apis.add(http.build(SamResource.implicit(template, globals,
                EventRoutes.IMPLICIT_HTTP, SamResource.HTTP, first.pointer()), routes.forApi(
                EventRoutes.IMPLICIT_HTTP))));
        template.diagnostics().addAll(templateFindings.list());
        return List.copyOf(apis);
    }

}
