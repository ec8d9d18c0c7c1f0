package dev.apigw.openapi.write;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apigw.model.api.ApiDefinition;
import dev.apigw.model.api.Integration;
import dev.apigw.model.api.MediaType;
import dev.apigw.model.api.Method;
import dev.apigw.model.api.MethodResponse;
import dev.apigw.model.api.ModelSchema;
import dev.apigw.model.api.Parameter;
import dev.apigw.model.api.RequestBody;
import dev.apigw.model.api.Resource;
import dev.apigw.model.api.SecurityRequirement;
import dev.apigw.model.api.SecurityScheme;
import dev.apigw.model.api.ServerInfo;
import dev.apigw.model.api.Tag;
import dev.apigw.model.project.Stage;
import dev.apigw.openapi.convert.Oas3ToSwagger2;
import dev.apigw.openapi.json.Json;
import dev.apigw.openapi.write.ExportOptions.ExtensionGroup;
import dev.apigw.openapi.write.ExportOptions.SpecType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link ApiDefinition} → OpenAPI 3.0 (or, through {@link Oas3ToSwagger2}, Swagger 2.0) text, writing every
 * extension group the options ask for.
 */
public final class OpenApiExporter {
    /** Keys that only Swagger 2 knows; an OpenAPI 3 export leaves them out. */
    private static final Set<String> SWAGGER_ONLY_OPERATION_KEYS = Set.of("consumes", "produces");
    private static final Pattern STAGE_VARIABLE = Pattern.compile("\\$\\{stageVariables\\.([A-Za-z0-9_]+)}");

    public String export(ApiDefinition api, ExportOptions options, Optional<Stage> stage) {
        ObjectNode doc = toTree(api, options, stage);
        return Json.write(options.format() == ExportOptions.Format.JSON ? Json.JSON : Json.YAML, doc);
    }

    public ObjectNode toTree(ApiDefinition api, ExportOptions options, Optional<Stage> stage) {
        boolean swagger = options.type() == SpecType.SWAGGER;
        UnaryOperator<String> substitute = stage.map(OpenApiExporter::stageSubstitution)
                .orElse(UnaryOperator.identity());
        ExtensionWriter ext = new ExtensionWriter(substitute);
        boolean all = options.includes(ExtensionGroup.APIGATEWAY);
        ObjectNode doc = Json.JSON.createObjectNode();
        doc.put("openapi", api.specVersion().startsWith("3") ? api.specVersion() : "3.0.1");
        doc.set("info", Json.tree(api.info()));
        writeServers(doc, api, ext, swagger, stage, all);
        ObjectNode paths = doc.putObject("paths");
        for (Resource r : api.resources()) {
            paths.set(r.path(), pathItem(r, ext, options, swagger));
        }
        ObjectNode components = Json.JSON.createObjectNode();
        if (!api.models().isEmpty()) {
            ObjectNode schemas = components.putObject("schemas");
            for (ModelSchema m : api.models().values()) {
                schemas.set(m.name(), Json.tree(m.schema()));
            }
        }
        api.otherComponents().forEach((k, v) -> {
            if (all || !k.startsWith("x-amazon-apigateway-")) {
                components.set(k, Json.tree(v));
            }
        });
        if (!api.securitySchemes().isEmpty()) {
            ObjectNode schemes = components.putObject("securitySchemes");
            api.securitySchemes().values().forEach(s -> schemes.set(s.name(), securityScheme(s, ext, options)));
        }
        if (!api.sharedIntegrations().isEmpty() && options.includes(ExtensionGroup.INTEGRATIONS) && !swagger) {
            ObjectNode integrations = components.putObject("x-amazon-apigateway-integrations");
            api.sharedIntegrations().forEach((name, i) -> integrations.set(name, ext.integration(i)));
        }
        api.security().ifPresent(s -> doc.set("security", security(s)));
        api.tags().ifPresent(tags -> doc.set("tags", tags(tags, all)));
        if (!components.isEmpty()) {
            doc.set("components", components);
        }
        api.documentation().forEach((k, v) -> doc.set(k, Json.tree(v)));
        if (all) {
            ext.rootExtensions(doc, api.settings());
            api.unknownExtensions().forEach((k, v) -> doc.set(k, Json.tree(v)));
        }
        if (!swagger) {
            return doc;
        }
        inlineIntegrationRefs(doc, api, ext);
        return Oas3ToSwagger2.convert(doc);
    }

    private void writeServers(ObjectNode doc, ApiDefinition api, ExtensionWriter ext, boolean swagger,
            Optional<Stage> stage, boolean all) {
        ServerInfo s = api.servers();
        if (swagger) {
            String basePath = stage.map(st -> "/" + st.name()).orElseGet(s::effectiveBasePath);
            Optional<String> host = s.host().or(() -> hostOf(s));
            host.ifPresent(h -> doc.put("host", h));
            if (s.basePath().isPresent() || stage.isPresent() || !basePath.equals("/")) {
                doc.put("basePath", basePath);
            }
            if (!s.schemes().isEmpty()) {
                ExtensionWriter.putList(doc, "schemes", s.schemes());
            } else if (host.isPresent() && !s.servers().isEmpty()) {
                ExtensionWriter.putList(doc, "schemes", List.of("https"));
            }
            s.consumes().ifPresent(v -> ExtensionWriter.putList(doc, "consumes", v));
            s.produces().ifPresent(v -> ExtensionWriter.putList(doc, "produces", v));
            api.settings().endpointConfiguration().filter(e -> all)
                    .ifPresent(e -> doc.set("x-amazon-apigateway-endpoint-configuration", ext.endpoint(e)));
            return;
        }
        ArrayNode servers = Json.JSON.createArrayNode();
        if (!s.servers().isEmpty()) {
            s.servers().forEach(server -> servers.add(Json.tree(server)));
        } else if (s.host().isPresent() || s.basePath().isPresent()) {
            String scheme = s.schemes().isEmpty() ? "https" : s.schemes().get(0);
            String url = s.host().map(h -> scheme + "://" + h).orElse("") + s.basePath().orElse("/");
            servers.addObject().put("url", url);
        }
        stage.ifPresent(st -> {
            if (servers.isEmpty()) {
                servers.addObject().put("url", "/");
            }
            ObjectNode first = (ObjectNode) servers.get(0);
            first.withObject("variables").putObject("basePath").put("default", st.name());
        });
        api.settings().endpointConfiguration().filter(e -> e.inServer() && all).ifPresent(e -> {
            if (servers.isEmpty()) {
                servers.addObject().put("url", "/");
            }
            ((ObjectNode) servers.get(0)).set("x-amazon-apigateway-endpoint-configuration", ext.endpoint(e));
        });
        if (!servers.isEmpty()) {
            doc.set("servers", servers);
        }
    }

    private static Optional<String> hostOf(ServerInfo s) {
        if (s.servers().isEmpty()) {
            return Optional.empty();
        }
        String url = String.valueOf(s.servers().get(0).getOrDefault("url", ""));
        int scheme = url.indexOf("://");
        if (scheme < 0) {
            return Optional.empty();
        }
        String rest = url.substring(scheme + 3);
        int slash = rest.indexOf('/');
        return Optional.of(slash < 0 ? rest : rest.substring(0, slash));
    }

    private ObjectNode pathItem(Resource r, ExtensionWriter ext, ExportOptions options, boolean swagger) {
        ObjectNode item = Json.JSON.createObjectNode();
        for (Method m : r.methods()) {
            String key = m.isAny() ? "x-amazon-apigateway-any-method" : m.httpMethod().toLowerCase(Locale.ROOT);
            item.set(key, operation(m, ext, options, swagger));
        }
        if (!r.parameters().isEmpty()) {
            item.set("parameters", parameters(r.parameters()));
        }
        r.documentation().forEach((k, v) -> {
            if (options.includes(ExtensionGroup.APIGATEWAY) || !k.startsWith("x-amazon-apigateway-")) {
                item.set(k, Json.tree(v));
            }
        });
        return item;
    }

    private ObjectNode operation(Method m, ExtensionWriter ext, ExportOptions options, boolean swagger) {
        boolean all = options.includes(ExtensionGroup.APIGATEWAY);
        ObjectNode op = Json.JSON.createObjectNode();
        m.operationId().ifPresent(v -> op.put("operationId", v));
        m.documentation().forEach((k, v) -> {
            if (swagger || !SWAGGER_ONLY_OPERATION_KEYS.contains(k)) {
                op.set(k, Json.tree(v));
            }
        });
        if (!m.parameters().isEmpty()) {
            op.set("parameters", parameters(m.parameters()));
        }
        m.requestBody().ifPresent(b -> op.set("requestBody", requestBody(b)));
        ObjectNode responses = op.putObject("responses");
        for (MethodResponse r : m.responses()) {
            responses.set(r.statusCode(), response(r));
        }
        m.security().ifPresent(s -> op.set("security", security(s)));
        if (all) {
            m.requestValidator().ifPresent(v -> op.put("x-amazon-apigateway-request-validator", v));
            m.auth().ifPresent(a -> op.putObject("x-amazon-apigateway-auth").put("type", a.type()));
            m.defaultRoute().ifPresent(v -> op.put("isDefaultRoute", v));
            m.unknownExtensions().forEach((k, v) -> op.set(k, Json.tree(v)));
        } else {
            m.defaultRoute().ifPresent(v -> op.put("isDefaultRoute", v));
        }
        if (options.includes(ExtensionGroup.INTEGRATIONS)) {
            m.integration().ifPresent(i -> op.set("x-amazon-apigateway-integration", ext.integration(i)));
        }
        return op;
    }

    private static ArrayNode parameters(List<Parameter> parameters) {
        ArrayNode out = Json.JSON.createArrayNode();
        for (Parameter p : parameters) {
            ObjectNode o = out.addObject();
            if (p.ref().isPresent()) {
                o.put("$ref", p.ref().get());
                continue;
            }
            if (p.name().isEmpty() && p.in().isEmpty()) {
                p.documentation().forEach((k, v) -> o.set(k, Json.tree(v)));
                continue;
            }
            o.put("name", p.name());
            p.in().ifPresent(in -> o.put("in", in.openApiName()));
            if (p.required()) {
                o.put("required", true);
            }
            p.documentation().forEach((k, v) -> o.set(k, Json.tree(v)));
            p.schema().ifPresent(s -> o.set("schema", Json.tree(s)));
        }
        return out;
    }

    private static ObjectNode requestBody(RequestBody b) {
        ObjectNode o = Json.JSON.createObjectNode();
        if (b.ref().isPresent()) {
            return o.put("$ref", b.ref().get());
        }
        b.documentation().forEach((k, v) -> o.set(k, Json.tree(v)));
        o.set("content", content(b.content()));
        if (b.required()) {
            o.put("required", true);
        }
        return o;
    }

    private static ObjectNode response(MethodResponse r) {
        ObjectNode o = Json.JSON.createObjectNode();
        if (r.ref().isPresent()) {
            return o.put("$ref", r.ref().get());
        }
        r.documentation().forEach((k, v) -> o.set(k, Json.tree(v)));
        if (!r.headers().isEmpty()) {
            ObjectNode headers = o.putObject("headers");
            r.headers().forEach((k, v) -> headers.set(k, Json.tree(v)));
        }
        if (!r.content().isEmpty()) {
            o.set("content", content(r.content()));
        }
        return o;
    }

    private static ObjectNode content(Map<String, MediaType> content) {
        ObjectNode o = Json.JSON.createObjectNode();
        content.forEach((type, media) -> {
            ObjectNode mo = o.putObject(type);
            media.schema().ifPresent(s -> mo.set("schema", Json.tree(s)));
            media.documentation().forEach((k, v) -> mo.set(k, Json.tree(v)));
        });
        return o;
    }

    private static ArrayNode security(List<SecurityRequirement> requirements) {
        ArrayNode out = Json.JSON.createArrayNode();
        for (SecurityRequirement r : requirements) {
            ObjectNode o = out.addObject();
            r.schemes().forEach((name, scopes) -> scopes.forEach(o.putArray(name)::add));
        }
        return out;
    }

    private static ArrayNode tags(List<Tag> tags, boolean all) {
        ArrayNode out = Json.JSON.createArrayNode();
        for (Tag t : tags) {
            ObjectNode o = out.addObject();
            o.put("name", t.name());
            t.documentation().forEach((k, v) -> o.set(k, Json.tree(v)));
            if (all) {
                t.value().ifPresent(v -> o.put("x-amazon-apigateway-tag-value", v));
            }
        }
        return out;
    }

    private static ObjectNode securityScheme(SecurityScheme s, ExtensionWriter ext, ExportOptions options) {
        ObjectNode o = Json.JSON.createObjectNode();
        o.put("type", s.type());
        s.parameterName().ifPresent(v -> o.put("name", v));
        s.in().ifPresent(v -> o.put("in", v));
        s.documentation().forEach((k, v) -> o.set(k, Json.tree(v)));
        if (options.includes(ExtensionGroup.AUTHORIZERS)) {
            s.authType().ifPresent(v -> o.put("x-amazon-apigateway-authtype", v));
            s.authorizer().ifPresent(a -> o.set("x-amazon-apigateway-authorizer", ext.authorizer(a)));
        }
        if (options.includes(ExtensionGroup.APIGATEWAY)) {
            s.unknownExtensions().forEach((k, v) -> o.set(k, Json.tree(v)));
        }
        return o;
    }

    /** Swagger 2 has no components: integration $refs are replaced by the integration itself. */
    private static void inlineIntegrationRefs(ObjectNode doc, ApiDefinition api, ExtensionWriter ext) {
        if (!(doc.get("paths") instanceof ObjectNode paths)) {
            return;
        }
        paths.forEach(item -> item.forEach(op -> {
            if (op instanceof ObjectNode o && o.get("x-amazon-apigateway-integration") instanceof ObjectNode i
                    && i.has("$ref")) {
                api.resolve(Integration.reference(i.get("$ref").asText()))
                        .ifPresent(resolved -> o.set("x-amazon-apigateway-integration", ext.integration(resolved)));
            }
        }));
    }

    private static UnaryOperator<String> stageSubstitution(Stage stage) {
        return text -> {
            Matcher m = STAGE_VARIABLE.matcher(text);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String value = stage.variables().get(m.group(1));
                m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
            }
            m.appendTail(out);
            return out.toString();
        };
    }
}
