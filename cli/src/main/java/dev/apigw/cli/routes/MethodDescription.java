package dev.apigw.cli.routes;

import dev.apigw.model.api.ApiDefinition;
import dev.apigw.model.api.Integration;
import dev.apigw.model.api.IntegrationResponse;
import dev.apigw.model.api.MediaType;
import dev.apigw.model.api.Method;
import dev.apigw.model.api.MethodResponse;
import dev.apigw.model.api.Parameter;
import dev.apigw.model.api.ParameterLocation;
import dev.apigw.model.api.RequestValidator;
import dev.apigw.model.api.TextValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Everything API Gateway does with one method, as {@code apigw describe} shows it (and its {@code --output json}
 * document): the method request, its authorization, the integration request, the integration responses and the
 * method responses. Absent settings are null in JSON and left out of the text.
 */
public record MethodDescription(
        String routeKey,
        String resourcePath,
        String httpMethod,
        Map<String, String> pathParameters,
        String operationId,
        String summary,
        Request request,
        MethodAuth auth,
        IntegrationView integration,
        List<IntegrationResponseView> integrationResponses,
        List<MethodResponseView> methodResponses) {

    /** A method request parameter: {@code in} is path, query, header or cookie; {@code type} the schema's type. */
    public record ParameterView(String name, String in, boolean required, String type) {
    }

    /** The request body's content types and their models ({@code inline} for an inline schema). */
    public record BodyView(boolean required, Map<String, String> models) {
    }

    /** The request validator that applies (the method's, else the API's default), or null. */
    public record ValidatorView(String name, boolean validateRequestBody, boolean validateRequestParameters) {
    }

    public record Request(List<ParameterView> parameters, BodyView body, ValidatorView validator) {
    }

    /** {@code ref} names a shared integration the method points at with {@code $ref}. */
    public record IntegrationView(String ref, String type, String httpMethod, String uri, String connectionType,
            String credentials, String passthroughBehavior, String contentHandling, Integer timeoutInMillis,
            String payloadFormatVersion, Map<String, String> requestParameters,
            Map<String, String> requestTemplates, List<String> cacheKeyParameters) {
    }

    public record IntegrationResponseView(String selectionPattern, String statusCode,
            Map<String, String> responseParameters, Map<String, String> responseTemplates, String contentHandling) {
    }

    public record MethodResponseView(String statusCode, List<String> headers, Map<String, String> models) {
    }

    public static MethodDescription of(ApiDefinition api, MethodLookup.Found found) {
        Method method = found.method();
        Object summary = method.documentation().get("summary");
        Optional<Integration> integration = method.integration().flatMap(api::resolve);
        return new MethodDescription(found.routeKey(), found.resource().path(), method.httpMethod(),
                found.pathParameters(), method.operationId().orElse(null),
                summary == null ? null : String.valueOf(summary).strip(),
                request(api, found), MethodAuth.of(api, method),
                integration.map(i -> integration(method, i)).orElse(null),
                integration.map(i -> i.responses().stream().map(MethodDescription::integrationResponse).toList())
                        .orElse(List.of()),
                method.responses().stream().map(MethodDescription::methodResponse).toList());
    }

    private static Request request(ApiDefinition api, MethodLookup.Found found) {
        List<ParameterView> parameters = new ArrayList<>();
        List<Parameter> all = new ArrayList<>(found.resource().parameters());
        all.addAll(found.method().parameters());
        for (Parameter declared : all) {
            api.resolve(declared).ifPresent(p -> {
                String type = p.schema().map(s -> s.get("type")).map(String::valueOf).orElse(null);
                String in = p.in().map(l -> l.name().toLowerCase(Locale.ROOT)).orElse("?");
                parameters.removeIf(existing -> existing.name().equals(p.name()) && existing.in().equals(in));
                parameters.add(new ParameterView(p.name(), in, p.required() || p.isIn(ParameterLocation.PATH), type));
            });
        }
        BodyView body = found.method().requestBody().map(b -> new BodyView(b.required(), models(b.content())))
                .orElse(null);
        ValidatorView validator = found.method().requestValidator()
                .or(() -> api.settings().defaultRequestValidator())
                .map(name -> {
                    RequestValidator v = api.settings().requestValidators().get(name);
                    return v == null ? new ValidatorView(name, false, false)
                            : new ValidatorView(name, v.validateRequestBody(), v.validateRequestParameters());
                }).orElse(null);
        return new Request(parameters, body, validator);
    }

    private static IntegrationView integration(Method method, Integration i) {
        String ref = method.integration().flatMap(Integration::ref)
                .map(r -> r.substring(r.lastIndexOf('/') + 1)).orElse(null);
        return new IntegrationView(ref, i.type().map(Enum::name).orElse(null), i.httpMethod().orElse(null),
                i.uri().map(TextValue::display).orElse(null), i.connectionType().orElse(null),
                i.credentials().map(TextValue::display).orElse(null),
                i.passthroughBehavior().map(Enum::name).orElse(null),
                i.contentHandling().map(Enum::name).orElse(null), i.timeoutInMillis().orElse(null),
                i.payloadFormatVersion().orElse(null), new LinkedHashMap<>(i.requestParameters()),
                texts(i.requestTemplates()), i.cacheKeyParameters());
    }

    private static IntegrationResponseView integrationResponse(IntegrationResponse r) {
        return new IntegrationResponseView(r.selectionPattern(), r.statusCode(),
                new LinkedHashMap<>(r.responseParameters()), texts(r.responseTemplates()),
                r.contentHandling().map(Enum::name).orElse(null));
    }

    private static MethodResponseView methodResponse(MethodResponse r) {
        return new MethodResponseView(r.statusCode(), List.copyOf(r.headers().keySet()), models(r.content()));
    }

    private static Map<String, String> models(Map<String, MediaType> content) {
        Map<String, String> models = new LinkedHashMap<>();
        content.forEach((type, media) -> models.put(type, media.modelName()
                .orElse(media.schema().isPresent() ? "inline schema" : "no schema")));
        return models;
    }

    private static Map<String, String> texts(Map<String, TextValue> templates) {
        Map<String, String> texts = new LinkedHashMap<>();
        templates.forEach((type, template) -> texts.put(type, template.display()));
        return texts;
    }
}
