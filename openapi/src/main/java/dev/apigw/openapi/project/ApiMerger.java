package dev.apigw.openapi.project;

import dev.apigw.model.api.ApiDefinition;
import dev.apigw.model.api.ApiSettings;
import dev.apigw.model.api.Method;
import dev.apigw.model.api.Resource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * AWS's {@code mode=merge}: the incoming definition is laid over the existing one. Resources and methods it has
 * replace the same path and verb; named things (models, authorizers, integrations, validators, gateway responses)
 * replace the same name; everything else of the existing API stays.
 */
public final class ApiMerger {
    private ApiMerger() {
    }

    public static ApiDefinition merge(ApiDefinition existing, ApiDefinition incoming) {
        Map<String, Resource> resources = new LinkedHashMap<>();
        existing.resources().forEach(r -> resources.put(r.path(), r));
        for (Resource r : incoming.resources()) {
            Resource old = resources.get(r.path());
            resources.put(r.path(), old == null ? r : mergeResource(old, r));
        }
        ApiSettings a = existing.settings();
        ApiSettings b = incoming.settings();
        ApiSettings settings = new ApiSettings(b.apiKeySource().or(a::apiKeySource),
                b.binaryMediaTypes().or(a::binaryMediaTypes), union(a.gatewayResponses(), b.gatewayResponses()),
                union(a.requestValidators(), b.requestValidators()),
                b.defaultRequestValidator().or(a::defaultRequestValidator), b.cors().or(a::cors),
                b.endpointConfiguration().or(a::endpointConfiguration), b.policy().or(a::policy),
                b.minimumCompressionSize().or(a::minimumCompressionSize), b.documentation().or(a::documentation),
                b.importExportVersion().or(a::importExportVersion), b.securityPolicy().or(a::securityPolicy),
                b.endpointAccessMode().or(a::endpointAccessMode), b.auth().or(a::auth));
        return new ApiDefinition(incoming.type(), incoming.specVersion(), union(existing.info(), incoming.info()),
                incoming.servers(), new ArrayList<>(resources.values()), union(existing.models(), incoming.models()),
                union(existing.securitySchemes(), incoming.securitySchemes()),
                union(existing.sharedIntegrations(), incoming.sharedIntegrations()),
                incoming.security().or(existing::security), settings, incoming.tags().or(existing::tags),
                union(existing.otherComponents(), incoming.otherComponents()),
                union(existing.documentation(), incoming.documentation()),
                union(existing.unknownExtensions(), incoming.unknownExtensions()));
    }

    private static Resource mergeResource(Resource old, Resource incoming) {
        Map<String, Method> methods = new LinkedHashMap<>();
        old.methods().forEach(m -> methods.put(m.httpMethod(), m));
        incoming.methods().forEach(m -> methods.put(m.httpMethod(), m));
        List<Method> merged = new ArrayList<>(methods.values());
        return new Resource(incoming.path(), merged, incoming.parameters().isEmpty() ? old.parameters()
                : incoming.parameters(), union(old.documentation(), incoming.documentation()));
    }

    private static <V> Map<String, V> union(Map<String, V> base, Map<String, V> over) {
        Map<String, V> out = new LinkedHashMap<>(base);
        out.putAll(over);
        return out;
    }
}
