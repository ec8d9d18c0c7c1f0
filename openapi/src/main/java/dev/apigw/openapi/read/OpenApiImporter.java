package dev.apigw.openapi.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apigw.model.api.ApiDefinition;
import dev.apigw.model.api.ApiSettings;
import dev.apigw.model.api.ApiType;
import dev.apigw.model.api.AuthorizerType;
import dev.apigw.model.api.EndpointConfiguration;
import dev.apigw.model.api.Integration;
import dev.apigw.model.api.Method;
import dev.apigw.model.api.ModelSchema;
import dev.apigw.model.api.Resource;
import dev.apigw.model.api.SecurityRequirement;
import dev.apigw.model.api.SecurityScheme;
import dev.apigw.model.api.ServerInfo;
import dev.apigw.model.api.Tag;
import dev.apigw.model.diag.ApigwException;
import dev.apigw.model.diag.Diagnostic;
import dev.apigw.model.diag.Diagnostics;
import dev.apigw.model.diag.Severity;
import dev.apigw.openapi.convert.Swagger2ToOas3;
import dev.apigw.openapi.json.Json;
import dev.apigw.openapi.source.SourceDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * OpenAPI 2.0/3.0 (with API Gateway extensions) → {@link ApiDefinition}. Swagger 2 documents are first converted
 * to the OpenAPI 3 shape; every {@code x-amazon-apigateway-*} value is read into typed fields, everything else is
 * kept as raw JSON for a lossless export. Errors throw an {@link ApigwException} carrying all findings.
 */
public final class OpenApiImporter {
    private static final Set<String> ROOT_KEYS = Set.of("openapi", "swagger", "info", "host", "basePath",
            "schemes", "consumes", "produces", "paths", "components", "security", "tags");

    public ImportResult importDocument(SourceDocument source, ImportOptions options) {
        return importDocument(source, source.root(), "", options);
    }

    /**
     * For {@code apigw validate}: what could be read, with every problem found, even when some are errors (an
     * unknown enum value is then left out of the model), so that the model rules still check the rest. Only a
     * document that is no OpenAPI at all fails.
     */
    public ImportResult importForValidation(SourceDocument source, ImportOptions options) {
        return importDocument(source, source.root(), "", options, true);
    }

    /**
     * Imports a definition embedded in a larger file (a CloudFormation template's {@code Body}): {@code root} is the
     * definition, found at {@code pointerPrefix} in {@code source}, so findings still name the right line.
     */
    public ImportResult importDocument(SourceDocument source, JsonNode root, String pointerPrefix,
            ImportOptions options) {
        return importDocument(source, root, pointerPrefix, options, false);
    }

    private ImportResult importDocument(SourceDocument source, JsonNode root, String pointerPrefix,
            ImportOptions options, boolean keepGoing) {
        Diagnostics diagnostics = new Diagnostics();
        ReadContext ctx = new ReadContext(source, pointerPrefix, diagnostics);
        if (!(root instanceof ObjectNode original)) {
            throw failure(source, List.of(Diagnostic.error(RuleIds.NOT_OPENAPI, source.locate(""),
                    "not an OpenAPI document: the top level is not an object",
                    "an OpenAPI file starts with 'openapi: 3.0.1' or 'swagger: \"2.0\"'")));
        }
        String version = specVersion(original, source);
        StructureCheck.check(ctx, original);
        // An embedded definition comes already resolved by its template's extractor.
        ObjectNode resolved = pointerPrefix.isEmpty()
                ? IntrinsicSupport.resolve(original, source, options.parameters(), diagnostics) : original;
        ObjectNode doc = version.startsWith("2") ? Swagger2ToOas3.convert(resolved) : resolved;

        ServerReading servers = readServers(doc, ctx);
        ApiSettings settings = new RootExtensionsReader(ctx).read(doc, servers.endpoint());
        ObjectNode components = doc.get("components") instanceof ObjectNode c ? c : Json.JSON.createObjectNode();
        Map<String, Integration> sharedIntegrations = sharedIntegrations(components, ctx);
        List<Resource> resources = readPaths(doc, ctx, options, servers.info());
        Map<String, Object> documentation = new LinkedHashMap<>();
        Map<String, Object> unknown = new LinkedHashMap<>();
        doc.fields().forEachRemaining(e -> {
            String key = e.getKey();
            if (ROOT_KEYS.contains(key) || RootExtensionsReader.ROOT_EXTENSIONS.contains(key)
                    || (key.equals("servers") && e.getValue().isArray())) {
                return;
            }
            if (key.startsWith(ReadContext.AWS_PREFIX)) {
                ctx.unknownExtension(key, Pointer.child("", key));
                unknown.put(key, Json.plain(e.getValue()));
            } else {
                documentation.put(key, Json.plain(e.getValue()));
            }
        });
        Map<String, SecurityScheme> schemes = securitySchemes(components, ctx);
        PathReader paths = new PathReader(ctx);
        Optional<List<SecurityRequirement>> security = doc.has("security")
                ? Optional.of(paths.security(doc.get("security"), "/security")) : Optional.empty();
        ApiDefinition api = new ApiDefinition(
                options.type().orElseGet(() -> detectType(settings, resources, schemes, sharedIntegrations)),
                version,
                doc.get("info") instanceof ObjectNode info ? Json.plainObject(info) : Map.of(),
                servers.info(),
                resources,
                models(components),
                schemes,
                sharedIntegrations,
                security,
                settings,
                tags(doc, ctx),
                otherComponents(components, ctx),
                documentation,
                unknown);
        checkIntegrationRefs(api, ctx);
        return keepGoing ? new ImportResult(api, diagnostics.list()) : finish(source, api, diagnostics, options);
    }

    private static ImportResult finish(SourceDocument source, ApiDefinition api, Diagnostics diagnostics,
            ImportOptions options) {
        if (diagnostics.hasErrors()) {
            throw failure(source, diagnostics.list());
        }
        if (options.failOnWarnings() && diagnostics.hasWarnings()) {
            List<Diagnostic> all = new ArrayList<>(diagnostics.list());
            all.add(Diagnostic.error(RuleIds.FAIL_ON_WARNINGS, source.locate(""), "import failed: "
                    + diagnostics.list().stream().filter(d -> d.severity() == Severity.WARNING).count()
                    + " warning(s) and --fail-on-warnings is set", "fix the warnings or drop --fail-on-warnings"));
            throw failure(source, all);
        }
        return new ImportResult(api, diagnostics.list());
    }

    private static ApigwException failure(SourceDocument source, List<Diagnostic> diagnostics) {
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        return new ApigwException(ApigwException.Kind.INPUT, "cannot import " + source.file() + ": " + errors
                + " error(s)", diagnostics);
    }

    private static String specVersion(ObjectNode root, SourceDocument source) {
        JsonNode openapi = root.get("openapi");
        JsonNode swagger = root.get("swagger");
        if (openapi != null && openapi.asText().startsWith("3.")) {
            return openapi.asText();
        }
        if (swagger != null && swagger.asText().startsWith("2")) {
            return "2.0";
        }
        String found = openapi != null ? "openapi: " + openapi.asText() : swagger != null ? "swagger: "
                + swagger.asText() : "neither an 'openapi' nor a 'swagger' key";
        throw failure(source, List.of(Diagnostic.error(RuleIds.NOT_OPENAPI, source.locate(openapi != null
                        ? "/openapi" : swagger != null ? "/swagger" : ""),
                "not an OpenAPI 2.0 or 3.0 document (found " + found + ")",
                "API Gateway imports OpenAPI 3.0.x ('openapi: 3.0.1') and Swagger 2.0 ('swagger: \"2.0\"')")));
    }

    private record ServerReading(ServerInfo info, Optional<EndpointConfiguration> endpoint) {
    }

    @SuppressWarnings("unchecked")
    private static ServerReading readServers(ObjectNode doc, ReadContext ctx) {
        List<Map<String, Object>> servers = new ArrayList<>();
        Optional<EndpointConfiguration> endpoint = Optional.empty();
        JsonNode list = doc.get("servers");
        if (list != null && list.isArray()) {
            for (int i = 0; i < list.size(); i++) {
                JsonNode server = list.get(i);
                Map<String, Object> raw = server.isObject() ? new LinkedHashMap<>(Json.plainObject(server))
                        : new LinkedHashMap<>();
                String key = "x-amazon-apigateway-endpoint-configuration";
                if (server.get(key) instanceof ObjectNode config && endpoint.isEmpty()) {
                    endpoint = Optional.of(new RootExtensionsReader(ctx).endpointConfiguration(config,
                            Pointer.child(Pointer.child("/servers", i), key), true));
                    raw.remove(key);
                }
                servers.add(raw);
            }
        } else if (list != null) {
            ctx.warn(RuleIds.OPENAPI_STRUCTURE, "/servers", "servers must be a list of server objects (kept as "
                    + "written; its base path is ignored)", "write servers: [{url: ...}]");
        }
        ServerInfo info = new ServerInfo(servers,
                ctx.string(doc, "host", ""),
                ctx.string(doc, "basePath", ""),
                ctx.stringList(doc, "schemes", "").orElse(List.of()),
                ctx.stringList(doc, "consumes", ""),
                ctx.stringList(doc, "produces", ""));
        return new ServerReading(info, endpoint);
    }

    private static List<Resource> readPaths(ObjectNode doc, ReadContext ctx, ImportOptions options,
            ServerInfo servers) {
        List<Resource> out = new ArrayList<>();
        if (!(doc.get("paths") instanceof ObjectNode paths)) {
            if (doc.has("paths")) {
                ctx.invalid("/paths", "paths must be an object");
            }
            return out;
        }
        String prefix = BasePaths.prefix(options.basePath(), servers.effectiveBasePath());
        PathReader reader = new PathReader(ctx);
        paths.fields().forEachRemaining(e -> {
            if (e.getKey().startsWith("x-")) {
                return;
            }
            out.add(reader.read(BasePaths.join(prefix, e.getKey()), e.getKey(), e.getValue()));
        });
        return out;
    }

    private static Map<String, ModelSchema> models(ObjectNode components) {
        Map<String, ModelSchema> out = new LinkedHashMap<>();
        if (components.get("schemas") instanceof ObjectNode schemas) {
            schemas.fields().forEachRemaining(e -> out.put(e.getKey(), new ModelSchema(e.getKey(),
                    e.getValue().isObject() ? Json.plainObject(e.getValue()) : Map.of())));
        }
        return out;
    }

    private static Map<String, SecurityScheme> securitySchemes(ObjectNode components, ReadContext ctx) {
        Map<String, SecurityScheme> out = new LinkedHashMap<>();
        if (!(components.get("securitySchemes") instanceof ObjectNode schemes)) {
            return out;
        }
        AuthorizerReader authorizers = new AuthorizerReader(ctx);
        schemes.fields().forEachRemaining(e -> {
            String pointer = Pointer.child("/components/securitySchemes", e.getKey());
            JsonNode s = e.getValue();
            Map<String, Object> documentation = new LinkedHashMap<>();
            Map<String, Object> unknown = new LinkedHashMap<>();
            s.fields().forEachRemaining(f -> {
                String key = f.getKey();
                if (Set.of("type", "name", "in", "x-amazon-apigateway-authtype", "x-amazon-apigateway-authorizer")
                        .contains(key)) {
                    return;
                }
                if (key.startsWith(ReadContext.AWS_PREFIX)) {
                    ctx.unknownExtension(key, Pointer.child(pointer, key));
                    unknown.put(key, Json.plain(f.getValue()));
                } else {
                    documentation.put(key, Json.plain(f.getValue()));
                }
            });
            out.put(e.getKey(), new SecurityScheme(e.getKey(), s.path("type").asText(""),
                    ctx.string(s, "name", pointer), ctx.string(s, "in", pointer),
                    ctx.string(s, "x-amazon-apigateway-authtype", pointer),
                    s.has("x-amazon-apigateway-authorizer") ? authorizers.read(s.get("x-amazon-apigateway-authorizer"),
                            Pointer.child(pointer, "x-amazon-apigateway-authorizer")) : Optional.empty(),
                    documentation, unknown));
        });
        return out;
    }

    private static Map<String, Integration> sharedIntegrations(ObjectNode components, ReadContext ctx) {
        Map<String, Integration> out = new LinkedHashMap<>();
        if (!(components.get("x-amazon-apigateway-integrations") instanceof ObjectNode integrations)) {
            return out;
        }
        IntegrationReader reader = new IntegrationReader(ctx);
        integrations.fields().forEachRemaining(e -> reader.read(e.getValue(),
                Pointer.child("/components/x-amazon-apigateway-integrations", e.getKey()))
                .ifPresent(i -> out.put(e.getKey(), i)));
        return out;
    }

    private static Map<String, Object> otherComponents(ObjectNode components, ReadContext ctx) {
        Map<String, Object> out = new LinkedHashMap<>();
        components.fields().forEachRemaining(e -> {
            String key = e.getKey();
            if (Set.of("schemas", "securitySchemes", "x-amazon-apigateway-integrations").contains(key)) {
                return;
            }
            if (key.startsWith(ReadContext.AWS_PREFIX)) {
                ctx.unknownExtension(key, Pointer.child("/components", key));
            }
            out.put(key, Json.plain(e.getValue()));
        });
        return out;
    }

    private static Optional<List<Tag>> tags(ObjectNode doc, ReadContext ctx) {
        if (!(doc.get("tags") instanceof com.fasterxml.jackson.databind.node.ArrayNode list)) {
            return Optional.empty();
        }
        List<Tag> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode t = list.get(i);
            String pointer = Pointer.child("/tags", i);
            Map<String, Object> documentation = new LinkedHashMap<>();
            t.fields().forEachRemaining(f -> {
                if (!f.getKey().equals("name") && !f.getKey().equals("x-amazon-apigateway-tag-value")) {
                    if (f.getKey().startsWith(ReadContext.AWS_PREFIX)) {
                        ctx.unknownExtension(f.getKey(), Pointer.child(pointer, f.getKey()));
                    }
                    documentation.put(f.getKey(), Json.plain(f.getValue()));
                }
            });
            out.add(new Tag(t.path("name").asText(""), ctx.string(t, "x-amazon-apigateway-tag-value", pointer),
                    documentation));
        }
        return Optional.of(out);
    }

    /** HTTP API markers: the import/export version, CORS, payload format versions, JWT authorizers. */
    private static ApiType detectType(ApiSettings settings, List<Resource> resources,
            Map<String, SecurityScheme> schemes, Map<String, Integration> shared) {
        boolean httpMarkers = settings.importExportVersion().isPresent() || settings.cors().isPresent()
                || schemes.values().stream().anyMatch(s -> s.authorizer()
                        .flatMap(a -> a.type()).filter(t -> t == AuthorizerType.JWT).isPresent())
                || shared.values().stream().anyMatch(i -> i.payloadFormatVersion().isPresent())
                || resources.stream().flatMap(r -> r.methods().stream()).anyMatch(m -> m.integration()
                        .flatMap(Integration::payloadFormatVersion).isPresent());
        return httpMarkers ? ApiType.HTTP : ApiType.REST;
    }

    private static void checkIntegrationRefs(ApiDefinition api, ReadContext ctx) {
        for (Resource r : api.resources()) {
            for (Method m : r.methods()) {
                m.integration().filter(Integration::isReference).ifPresent(i -> {
                    if (api.resolve(i).isEmpty()) {
                        String pointer = Pointer.child(Pointer.child(Pointer.child("/paths", r.path()),
                                m.isAny() ? PathReader.ANY_METHOD : m.httpMethod().toLowerCase(java.util.Locale.ROOT)),
                                "x-amazon-apigateway-integration");
                        ctx.error(RuleIds.UNRESOLVED_REF, pointer, "integration $ref '" + i.ref().orElse("")
                                + "' does not resolve", "define it under components/x-amazon-apigateway-integrations");
                    }
                });
            }
        }
    }
}
