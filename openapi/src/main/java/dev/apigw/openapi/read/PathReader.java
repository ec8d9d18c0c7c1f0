package dev.apigw.openapi.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apigw.model.api.MediaType;
import dev.apigw.model.api.Method;
import dev.apigw.model.api.MethodResponse;
import dev.apigw.model.api.Parameter;
import dev.apigw.model.api.ParameterLocation;
import dev.apigw.model.api.RequestBody;
import dev.apigw.model.api.Resource;
import dev.apigw.model.api.RouteAuth;
import dev.apigw.model.api.SecurityRequirement;
import dev.apigw.openapi.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads one path item (OpenAPI 3 shape) into a {@link Resource} with its methods. */
final class PathReader {
    static final List<String> HTTP_METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");
    static final String ANY_METHOD = "x-amazon-apigateway-any-method";
    private static final Set<String> OPERATION_EXTENSIONS = Set.of("x-amazon-apigateway-integration",
            "x-amazon-apigateway-request-validator", "x-amazon-apigateway-auth");

    private final ReadContext ctx;
    private final IntegrationReader integrations;
    private final RootExtensionsReader roots;

    PathReader(ReadContext ctx) {
        this.ctx = ctx;
        this.integrations = new IntegrationReader(ctx);
        this.roots = new RootExtensionsReader(ctx);
    }

    Resource read(String path, String sourcePath, JsonNode node) {
        String pointer = Pointer.child("/paths", sourcePath);
        List<Method> methods = new ArrayList<>();
        List<Parameter> parameters = new ArrayList<>();
        Map<String, Object> documentation = new LinkedHashMap<>();
        if (!(node instanceof ObjectNode item)) {
            ctx.invalid(pointer, "path item must be an object");
            return new Resource(path, methods, parameters, documentation);
        }
        item.fields().forEachRemaining(e -> {
            String key = e.getKey();
            String p = Pointer.child(pointer, key);
            if (HTTP_METHODS.contains(key)) {
                methods.add(method(key.toUpperCase(Locale.ROOT), e.getValue(), p));
            } else if (key.equals(ANY_METHOD)) {
                methods.add(method(Method.ANY, e.getValue(), p));
            } else if (key.equals("parameters")) {
                parameters.addAll(parameters(e.getValue(), p));
            } else {
                if (key.startsWith(ReadContext.AWS_PREFIX)) {
                    ctx.unknownExtension(key, p);
                }
                documentation.put(key, Json.plain(e.getValue()));
            }
        });
        return new Resource(path, methods, parameters, documentation);
    }

    private Method method(String httpMethod, JsonNode node, String pointer) {
        if (!(node instanceof ObjectNode op)) {
            ctx.invalid(pointer, "operation must be an object");
            return new Method(httpMethod, Optional.empty(), List.of(), Optional.empty(), List.of(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Map.of(), Map.of());
        }
        Map<String, Object> documentation = new LinkedHashMap<>();
        Map<String, Object> unknown = new LinkedHashMap<>();
        op.fields().forEachRemaining(e -> {
            String key = e.getKey();
            boolean handled = Set.of("operationId", "parameters", "requestBody", "responses", "security").contains(key)
                    || OPERATION_EXTENSIONS.contains(key) || (key.equals("isDefaultRoute") && Method.ANY.equals(
                    httpMethod));
            if (handled) {
                return;
            }
            if (key.startsWith(ReadContext.AWS_PREFIX)) {
                ctx.unknownExtension(key, Pointer.child(pointer, key));
                unknown.put(key, Json.plain(e.getValue()));
            } else {
                documentation.put(key, Json.plain(e.getValue()));
            }
        });
        Optional<RouteAuth> auth = ctx.object(op, "x-amazon-apigateway-auth", pointer)
                .map(a -> roots.routeAuth(a, Pointer.child(pointer, "x-amazon-apigateway-auth")));
        return new Method(httpMethod,
                ctx.string(op, "operationId", pointer),
                op.has("parameters") ? parameters(op.get("parameters"), Pointer.child(pointer, "parameters"))
                        : List.of(),
                op.has("requestBody") ? Optional.of(requestBody(op.get("requestBody"),
                        Pointer.child(pointer, "requestBody"))) : Optional.empty(),
                responses(op.get("responses"), Pointer.child(pointer, "responses")),
                op.has("security") ? Optional.of(security(op.get("security"), Pointer.child(pointer, "security")))
                        : Optional.empty(),
                ctx.string(op, "x-amazon-apigateway-request-validator", pointer),
                op.has("x-amazon-apigateway-integration") ? integrations.read(op.get("x-amazon-apigateway-integration"),
                        Pointer.child(pointer, "x-amazon-apigateway-integration")) : Optional.empty(),
                auth,
                Method.ANY.equals(httpMethod) ? ctx.bool(op, "isDefaultRoute", pointer) : Optional.empty(),
                documentation, unknown);
    }

    List<Parameter> parameters(JsonNode node, String pointer) {
        List<Parameter> out = new ArrayList<>();
        if (node == null || !node.isArray()) {
            if (node != null) {
                ctx.invalid(pointer, "parameters must be a list");
            }
            return out;
        }
        for (int i = 0; i < node.size(); i++) {
            out.add(parameter(node.get(i), Pointer.child(pointer, i)));
        }
        return out;
    }

    Parameter parameter(JsonNode p, String pointer) {
        if (p.has("$ref")) {
            return Parameter.reference(p.get("$ref").asText());
        }
        Map<String, Object> documentation = new LinkedHashMap<>();
        p.fields().forEachRemaining(e -> {
            if (!Set.of("name", "in", "required", "schema").contains(e.getKey())) {
                documentation.put(e.getKey(), Json.plain(e.getValue()));
            }
        });
        String in = p.path("in").asText("");
        Optional<ParameterLocation> location = ParameterLocation.parse(in);
        if (location.isEmpty()) {
            // Real SAM templates carry malformed entries such as "- status: {in: path}"; AWS ignores them.
            ctx.warn(RuleIds.OPENAPI_STRUCTURE, pointer, "parameter '" + p.path("name").asText()
                    + "' has no valid location (in: '" + in + "'); kept as written, API Gateway ignores it",
                    "write it as {name: x, in: path|query|header, required: ...}");
            if (!p.has("name")) {
                return new Parameter(Optional.empty(), "", Optional.empty(), false, Optional.empty(),
                        Json.plainObject(p));
            }
        }
        return new Parameter(Optional.empty(), p.path("name").asText(""), location,
                p.path("required").asBoolean(false),
                p.get("schema") instanceof ObjectNode s ? Optional.of(Json.plainObject(s)) : Optional.empty(),
                documentation);
    }

    RequestBody requestBody(JsonNode body, String pointer) {
        if (body.has("$ref")) {
            return new RequestBody(Optional.of(body.get("$ref").asText()), false, Map.of(), Map.of());
        }
        Map<String, Object> documentation = new LinkedHashMap<>();
        body.fields().forEachRemaining(e -> {
            if (!e.getKey().equals("content") && !e.getKey().equals("required")) {
                documentation.put(e.getKey(), Json.plain(e.getValue()));
            }
        });
        return new RequestBody(Optional.empty(), body.path("required").asBoolean(false),
                content(body.get("content")), documentation);
    }

    List<MethodResponse> responses(JsonNode node, String pointer) {
        List<MethodResponse> out = new ArrayList<>();
        if (node == null || !node.isObject()) {
            return out;
        }
        node.fields().forEachRemaining(e -> {
            JsonNode r = e.getValue();
            if (r.has("$ref")) {
                out.add(new MethodResponse(e.getKey(), Optional.of(r.get("$ref").asText()), Map.of(), Map.of(),
                        Map.of()));
                return;
            }
            Map<String, Map<String, Object>> headers = new LinkedHashMap<>();
            if (r.get("headers") instanceof ObjectNode h) {
                h.fields().forEachRemaining(x -> headers.put(x.getKey(), x.getValue().isObject()
                        ? Json.plainObject(x.getValue()) : Map.of()));
            }
            Map<String, Object> documentation = new LinkedHashMap<>();
            r.fields().forEachRemaining(x -> {
                if (!x.getKey().equals("headers") && !x.getKey().equals("content")) {
                    documentation.put(x.getKey(), Json.plain(x.getValue()));
                }
            });
            out.add(new MethodResponse(e.getKey(), Optional.empty(), headers, content(r.get("content")),
                    documentation));
        });
        return out;
    }

    private static Map<String, MediaType> content(JsonNode node) {
        Map<String, MediaType> out = new LinkedHashMap<>();
        if (node == null || !node.isObject()) {
            return out;
        }
        node.fields().forEachRemaining(e -> {
            Map<String, Object> documentation = new LinkedHashMap<>();
            e.getValue().fields().forEachRemaining(x -> {
                if (!x.getKey().equals("schema")) {
                    documentation.put(x.getKey(), Json.plain(x.getValue()));
                }
            });
            out.put(e.getKey(), new MediaType(e.getValue().get("schema") instanceof ObjectNode s
                    ? Optional.of(Json.plainObject(s)) : Optional.empty(), documentation));
        });
        return out;
    }

    List<SecurityRequirement> security(JsonNode node, String pointer) {
        List<SecurityRequirement> out = new ArrayList<>();
        if (!node.isArray()) {
            ctx.invalid(pointer, "security must be a list of requirement objects");
            return out;
        }
        for (JsonNode requirement : node) {
            Map<String, List<String>> schemes = new LinkedHashMap<>();
            requirement.fields().forEachRemaining(e -> {
                List<String> scopes = new ArrayList<>();
                e.getValue().forEach(s -> scopes.add(s.asText()));
                schemes.put(e.getKey(), scopes);
            });
            out.add(new SecurityRequirement(schemes));
        }
        return out;
    }
}
