package dev.apigw.model.api;

import dev.apigw.model.Immutable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One API as API Gateway holds it, imported from OpenAPI. Everything the gateway acts on is typed; what it ignores
 * (descriptions, examples, vendor extensions of other tools) is kept as raw JSON values (maps, lists, strings,
 * numbers, booleans) so that export is lossless. Raw OpenAPI parts are always in OpenAPI 3 shape.
 *
 * @param specVersion the {@code openapi}/{@code swagger} version the source document declared
 * @param otherComponents {@code components} entries other than schemas and security schemes (parameters,
 *     responses, requestBodies, headers, examples...), raw
 * @param documentation other top-level keys (externalDocs, vendor extensions), raw
 * @param unknownExtensions {@code x-amazon-apigateway-*} keys apigw does not know, kept and reported
 */
public record ApiDefinition(
        ApiType type,
        String specVersion,
        Map<String, Object> info,
        ServerInfo servers,
        List<Resource> resources,
        Map<String, ModelSchema> models,
        Map<String, SecurityScheme> securitySchemes,
        Map<String, Integration> sharedIntegrations,
        Optional<List<SecurityRequirement>> security,
        ApiSettings settings,
        Optional<List<Tag>> tags,
        Map<String, Object> otherComponents,
        Map<String, Object> documentation,
        Map<String, Object> unknownExtensions) {

    public static final String INTEGRATIONS_REF_PREFIX = "#/components/x-amazon-apigateway-integrations/";

    public ApiDefinition {
        info = Immutable.map(info);
        resources = Immutable.list(resources);
        models = Immutable.map(models);
        securitySchemes = Immutable.map(securitySchemes);
        sharedIntegrations = Immutable.map(sharedIntegrations);
        security = security.map(Immutable::list);
        tags = tags.map(Immutable::list);
        otherComponents = Immutable.map(otherComponents);
        documentation = Immutable.map(documentation);
        unknownExtensions = Immutable.map(unknownExtensions);
    }

    public String title() {
        Object title = info.get("title");
        return title == null ? "" : String.valueOf(title);
    }

    public Optional<Resource> resource(String path) {
        return resources.stream().filter(r -> r.path().equals(path)).findFirst();
    }

    /** Follows an integration {@code $ref} to {@code x-amazon-apigateway-integrations}; other integrations as is. */
    public Optional<Integration> resolve(Integration integration) {
        if (integration.ref().isEmpty()) {
            return Optional.of(integration);
        }
        String ref = integration.ref().get();
        if (!ref.startsWith(INTEGRATIONS_REF_PREFIX)) {
            return Optional.empty();
        }
        return Optional.ofNullable(sharedIntegrations.get(ref.substring(INTEGRATIONS_REF_PREFIX.length())));
    }

    /** Follows a parameter {@code $ref} to {@code components/parameters}; other parameters as is. */
    @SuppressWarnings("unchecked")
    public Optional<Parameter> resolve(Parameter parameter) {
        if (parameter.ref().isEmpty()) {
            return Optional.of(parameter);
        }
        String ref = parameter.ref().get();
        String prefix = "#/components/parameters/";
        if (!ref.startsWith(prefix) || !(otherComponents.get("parameters") instanceof Map<?, ?> params)) {
            return Optional.empty();
        }
        Object raw = params.get(ref.substring(prefix.length()));
        if (!(raw instanceof Map<?, ?> map)) {
            return Optional.empty();
        }
        Map<String, Object> p = (Map<String, Object>) map;
        Optional<ParameterLocation> in = ParameterLocation.parse(String.valueOf(p.get("in")));
        Object schema = p.get("schema");
        return Optional.of(new Parameter(Optional.empty(), String.valueOf(p.get("name")), in,
                Boolean.TRUE.equals(p.get("required")),
                schema instanceof Map<?, ?> s ? Optional.of((Map<String, Object>) s) : Optional.empty(), Map.of()));
    }

    /** The effective security of a method: its own, else the API's root security. */
    public List<SecurityRequirement> securityOf(Method method) {
        return method.security().or(() -> security).orElse(List.of());
    }

    public ApiDefinition withResources(List<Resource> newResources) {
        return new ApiDefinition(type, specVersion, info, servers, newResources, models, securitySchemes,
                sharedIntegrations, security, settings, tags, otherComponents, documentation, unknownExtensions);
    }
}
