package dev.apigw.openapi.iac.v2;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apigw.model.api.ApiType;
import dev.apigw.model.project.Stage;
import dev.apigw.openapi.iac.CloudFormationTemplate;
import dev.apigw.openapi.iac.TemplateApi;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One HTTP API ({@code ProtocolType: HTTP}) as the OpenAPI document {@code aws apigatewayv2 export-api} would give:
 * from its {@code Body}, from quick create ({@code Target}), or from its Route, Integration and Authorizer
 * resources (the way CDK's {@code HttpApi} writes it), with the API's CORS and endpoint settings; its stages as
 * project stages.
 */
final class HttpApiReader {
    private static final PropertyRules RULES = new PropertyRules(Set.of("ProtocolType", "Body", "BodyS3Location",
            "CorsConfiguration", "CredentialsArn", "DisableExecuteApiEndpoint", "RouteKey", "Target", "Version",
            "BasePath", "FailOnWarnings", "RouteSelectionExpression"),
            Map.of("IpAddressType", "apigw listens on the addresses of its own server",
                    "ApiKeySelectionExpression", "it applies to WebSocket APIs only; HTTP APIs ignore it",
                    "DisableSchemaValidation", "it applies to WebSocket APIs only; HTTP APIs ignore it"));
    private static final Set<String> READ_CHILDREN = Set.of(V2Types.ROUTE, V2Types.INTEGRATION,
            V2Types.AUTHORIZER, V2Types.STAGE, V2Types.DEPLOYMENT, V2Types.OVERRIDES);

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");

    private final CloudFormationTemplate template;

    HttpApiReader(CloudFormationTemplate template) {
        this.template = template;
    }

    TemplateApi read(ApiGraph graph) {
        Findings findings = new Findings(template);
        V2Resource api = graph.api();
        RULES.check(api, findings);
        importOptions(api, findings);
        Optional<ObjectNode> body = BodyDefinition.load(template, api, findings);
        if (body.isPresent()) {
            combinedWithBody(graph, findings);
        }
        QuickCreate.addTo(graph, findings);
        ObjectNode doc = body.orElseGet(() -> skeleton(api));
        Map<String, HttpAuthorizerWriter.Scheme> schemes = schemes(graph, findings);
        HttpPaths paths = new HttpPaths(graph, findings, schemes);
        merge(doc, paths.write(), graph, findings);
        ObjectNode securitySchemes = JsonNodeFactory.instance.objectNode();
        schemes.values().forEach(s -> securitySchemes.set(s.name(), s.node()));
        paths.iamScheme().ifPresent(name -> securitySchemes.set(name, iamScheme()));
        if (!securitySchemes.isEmpty()) {
            child(child(doc, "components"), "securitySchemes").setAll(securitySchemes);
        }
        if (api.get("CorsConfiguration").isObject()) {
            doc.set("x-amazon-apigateway-cors", CorsWriter.write(api.get("CorsConfiguration")));
        }
        if (api.bool("DisableExecuteApiEndpoint").orElse(false)) {
            disableExecuteApiEndpoint(doc);
        }
        Map<String, Stage> stages = new StageReader(findings, false).read(graph.of(V2Types.STAGE), routeKeys(doc));
        notes(graph, findings, stages);
        return new TemplateApi(api.logicalId(), ApiType.HTTP, Optional.of(doc), api.pointer(),
                ProjectConfigs.of(ApiType.HTTP, stages, Optional.empty()), findings.list());
    }

    /** {@code BasePath} and {@code FailOnWarnings} are options of the OpenAPI import. */
    private static void importOptions(V2Resource api, Findings findings) {
        api.text("BasePath").filter(b -> !b.equalsIgnoreCase("ignore")).ifPresent(b -> findings.notEmulated(api,
                "BasePath", "the import option basepath=" + b + " is not applied; the Body's paths are served as"
                        + " written (basepath=ignore)"));
        if (api.bool("FailOnWarnings").orElse(false)) {
            findings.notEmulated(api, "FailOnWarnings", "apigw imports the Body with its warnings instead of failing");
        }
    }

    /** AWS documents that an API imported from OpenAPI must not also have Route, Integration or Authorizer resources. */
    private static void combinedWithBody(ApiGraph graph, Findings findings) {
        for (String type : List.of(V2Types.ROUTE, V2Types.INTEGRATION, V2Types.AUTHORIZER)) {
            graph.of(type).forEach(r -> findings.note(r, "ApiId", "API Gateway does not support " + type
                    + " resources on an API imported from Body; apigw adds it to the Body's definition"));
        }
    }

    private static ObjectNode skeleton(V2Resource api) {
        ObjectNode doc = JsonNodeFactory.instance.objectNode();
        doc.put("openapi", "3.0.1");
        ObjectNode info = doc.putObject("info");
        info.put("title", api.text("Name").orElse(api.logicalId()));
        info.put("version", api.text("Version").orElse("1.0"));
        api.text("Description").ifPresent(d -> info.put("description", d));
        doc.putObject("paths");
        doc.put("x-amazon-apigateway-importexport-version", "1.0");
        return doc;
    }

    private static Map<String, HttpAuthorizerWriter.Scheme> schemes(ApiGraph graph, Findings findings) {
        HttpAuthorizerWriter writer = new HttpAuthorizerWriter(findings);
        Map<String, HttpAuthorizerWriter.Scheme> out = new LinkedHashMap<>();
        Set<String> names = new LinkedHashSet<>();
        for (V2Resource authorizer : graph.of(V2Types.AUTHORIZER)) {
            writer.write(authorizer).ifPresent(s -> {
                if (!names.add(s.name())) {
                    findings.invalid(authorizer, "Name", "another authorizer of the API is already named "
                            + s.name(), "API Gateway refuses two authorizers with the same name");
                    return;
                }
                out.put(authorizer.logicalId(), s);
            });
        }
        return out;
    }

    /** The routes written from resources join the Body's paths; the same route in both is an error. */
    private static void merge(ObjectNode doc, ObjectNode routes, ApiGraph graph, Findings findings) {
        ObjectNode paths = doc.get("paths") instanceof ObjectNode p ? p : doc.putObject("paths");
        routes.fields().forEachRemaining(path -> {
            if (!(paths.get(path.getKey()) instanceof ObjectNode existing)) {
                paths.set(path.getKey(), path.getValue());
                return;
            }
            path.getValue().fields().forEachRemaining(op -> {
                if (existing.has(op.getKey()) && !op.getKey().equals("parameters")) {
                    findings.invalid(graph.api(), "Body", "the Body already defines " + op.getKey() + " "
                            + path.getKey() + ", which a Route resource defines again", "keep one of them");
                } else if (!existing.has(op.getKey())) {
                    existing.set(op.getKey(), op.getValue());
                }
            });
        });
    }

    private static ObjectNode iamScheme() {
        ObjectNode scheme = JsonNodeFactory.instance.objectNode();
        scheme.put("type", "apiKey");
        scheme.put("name", "Authorization");
        scheme.put("in", "header");
        scheme.put("x-amazon-apigateway-authtype", "awsSigv4");
        return scheme;
    }

    /** In OpenAPI 3 the setting sits in the first server's endpoint configuration, as AWS exports it. */
    private static void disableExecuteApiEndpoint(ObjectNode doc) {
        ArrayNode servers = doc.get("servers") instanceof ArrayNode s ? s : doc.putArray("servers");
        if (servers.isEmpty() || !servers.get(0).isObject()) {
            servers.insertObject(0).put("url", "/");
        }
        child((ObjectNode) servers.get(0), "x-amazon-apigateway-endpoint-configuration")
                .put("disableExecuteApiEndpoint", true);
    }

    private static ObjectNode child(ObjectNode parent, String name) {
        return parent.get(name) instanceof ObjectNode o ? o : parent.putObject(name);
    }

    /** The route keys of the document ({@code GET /items/{id}}, {@code $default}), which route settings name. */
    static Set<String> routeKeys(ObjectNode doc) {
        Set<String> keys = new LinkedHashSet<>();
        doc.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String key = op.getKey();
            boolean any = key.equals("x-amazon-apigateway-any-method");
            if (!any && !METHODS.contains(key)) {
                return;
            }
            boolean isDefault = path.getKey().equals("/$default") || path.getKey().equals("$default")
                    || any && op.getValue().path("isDefaultRoute").asBoolean(false);
            keys.add(isDefault ? RouteKey.DEFAULT : (any ? "ANY" : key.toUpperCase(Locale.ROOT)) + " "
                    + path.getKey());
        }));
        return keys;
    }

    private static void notes(ApiGraph graph, Findings findings, Map<String, Stage> stages) {
        graph.of(V2Types.DEPLOYMENT).forEach(d -> findings.note(d, "ApiId", "deployments are not needed locally:"
                + " every stage serves the API as the template declares it"));
        if (stages.isEmpty()) {
            findings.note(graph.api(), "the API has no AWS::ApiGatewayV2::Stage, so API Gateway serves nothing;"
                    + " apigw serves it as the $default stage");
        }
        for (V2Resource other : graph.others(READ_CHILDREN)) {
            findings.notEmulated(other, other.type().equals(V2Types.MODEL)
                    || other.type().equals(V2Types.INTEGRATION_RESPONSE)
                    || other.type().equals(V2Types.ROUTE_RESPONSE) ? "it applies to WebSocket APIs only"
                    : "apigw does not read " + other.type() + " resources");
        }
    }
}
