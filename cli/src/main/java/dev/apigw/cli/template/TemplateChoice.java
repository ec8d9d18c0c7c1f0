package dev.apigw.cli.template;

import dev.apigw.model.api.ApiDefinition;
import dev.apigw.model.api.Integration;
import dev.apigw.model.api.IntegrationResponse;
import dev.apigw.model.api.Method;
import dev.apigw.model.api.Resource;
import dev.apigw.model.api.TextValue;
import dev.apigw.model.diag.ApigwException;
import java.util.Optional;

/**
 * Picks a mapping template out of an API the way the console's Test button sees it: the method's integration
 * request template for a content type, or the response template of the integration response with a status.
 */
public record TemplateChoice(String name, String template) {

    public static TemplateChoice from(ApiDefinition api, String httpMethod, String path, String contentType,
            Optional<String> responseStatus) {
        Resource resource = api.resource(path).orElseThrow(() -> ApigwException.input("the API has no resource "
                + path + "; resources: " + api.resources().stream().map(Resource::path).toList()));
        Method method = resource.method(httpMethod).or(() -> resource.method(Method.ANY)).orElseThrow(() ->
                ApigwException.input(path + " has no " + httpMethod + " method; it has "
                        + resource.methods().stream().map(Method::httpMethod).toList()));
        Integration integration = method.integration().flatMap(api::resolve).orElseThrow(() ->
                ApigwException.input(httpMethod + " " + path + " has no integration, so no mapping templates"));
        if (responseStatus.isEmpty()) {
            TextValue t = integration.requestTemplates().get(contentType);
            if (t == null) {
                throw ApigwException.input(httpMethod + " " + path + " has no request template for " + contentType
                        + "; it has " + integration.requestTemplates().keySet() + " (use --content-type)");
            }
            return new TemplateChoice(httpMethod + " " + path + " request " + contentType, literal(t));
        }
        String status = responseStatus.get();
        IntegrationResponse response = integration.responses().stream()
                .filter(r -> r.statusCode().equals(status) || r.selectionPattern().equals(status)).findFirst()
                .orElseThrow(() -> ApigwException.input(httpMethod + " " + path + " has no integration response "
                        + status + "; it has " + integration.responses().stream().map(IntegrationResponse::statusCode)
                        .toList()));
        TextValue t = response.responseTemplates().get(contentType);
        if (t == null) {
            throw ApigwException.input("integration response " + status + " of " + httpMethod + " " + path
                    + " has no template for " + contentType + "; it has " + response.responseTemplates().keySet());
        }
        return new TemplateChoice(httpMethod + " " + path + " response " + status + " " + contentType, literal(t));
    }

    private static String literal(TextValue t) {
        return t.literal().orElseThrow(() -> ApigwException.input("the template is an unresolved CloudFormation "
                + t.display() + "; pass --param values so it resolves"));
    }
}
