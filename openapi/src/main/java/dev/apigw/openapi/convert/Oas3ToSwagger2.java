package dev.apigw.openapi.convert;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The inverse of {@link Swagger2ToOas3}: request bodies become body (or formData) parameters, media types become
 * consumes/produces, schemas move back onto parameters and headers, components become definitions and
 * securityDefinitions. The caller sets host/basePath/schemes and the root consumes/produces first; operation-level
 * consumes/produces are only written where they differ from the root.
 */
public final class Oas3ToSwagger2 {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String DEFAULT_MEDIA = "application/json";

    private final List<String> rootConsumes;
    private final List<String> rootProduces;

    private Oas3ToSwagger2(List<String> rootConsumes, List<String> rootProduces) {
        this.rootConsumes = rootConsumes.isEmpty() ? List.of(DEFAULT_MEDIA) : rootConsumes;
        this.rootProduces = rootProduces.isEmpty() ? List.of(DEFAULT_MEDIA) : rootProduces;
    }

    /** Converts a deep copy of an OpenAPI 3 document whose root already holds Swagger's server keys. */
    public static ObjectNode convert(ObjectNode oas3) {
        ObjectNode doc = oas3.deepCopy();
        Oas3ToSwagger2 c = new Oas3ToSwagger2(Swagger2ToOas3.strings(doc.get("consumes")),
                Swagger2ToOas3.strings(doc.get("produces")));
        return c.run(doc);
    }

    private ObjectNode run(ObjectNode doc) {
        RefRewriter.oas3ToSwagger().rewrite(doc);
        ObjectNode out = F.objectNode();
        out.put("swagger", "2.0");
        ObjectNode components = doc.get("components") instanceof ObjectNode c ? c : F.objectNode();
        doc.fields().forEachRemaining(e -> {
            switch (e.getKey()) {
                case "openapi", "servers", "components" -> { }
                case "paths" -> out.set("paths", convertPaths(e.getValue()));
                default -> out.set(e.getKey(), e.getValue());
            }
        });
        components.fields().forEachRemaining(e -> {
            switch (e.getKey()) {
                case "schemas" -> out.set("definitions", e.getValue());
                case "parameters" -> out.set("parameters", mapValues(e.getValue(), Oas3ToSwagger2::flatten));
                case "responses" -> out.set("responses", mapValues(e.getValue(), r -> convertResponse(r, null)));
                case "securitySchemes" -> out.set("securityDefinitions",
                        mapValues(e.getValue(), Oas3ToSwagger2::convertSecurityScheme));
                default -> {
                    // Swagger 2 has no place for other components; AWS's own Swagger export drops them too.
                }
            }
        });
        return out;
    }

    private JsonNode convertPaths(JsonNode paths) {
        if (!(paths instanceof ObjectNode p)) {
            return paths;
        }
        p.fields().forEachRemaining(e -> {
            if (e.getValue() instanceof ObjectNode item) {
                if (item.get("parameters") instanceof ArrayNode params) {
                    item.set("parameters", flattenAll(params));
                }
                item.fields().forEachRemaining(m -> {
                    if (SchemaKeys.HTTP_METHODS.contains(m.getKey()) && m.getValue() instanceof ObjectNode op) {
                        convertOperation(op);
                    }
                });
            }
        });
        return p;
    }

    private void convertOperation(ObjectNode op) {
        ArrayNode params = op.get("parameters") instanceof ArrayNode a ? flattenAll(a) : F.arrayNode();
        JsonNode requestBody = op.remove("requestBody");
        List<String> consumes = new ArrayList<>();
        if (requestBody instanceof ObjectNode body) {
            ObjectNode content = body.get("content") instanceof ObjectNode c ? c : F.objectNode();
            content.fieldNames().forEachRemaining(consumes::add);
            JsonNode form = formSchema(content);
            if (form != null) {
                addFormParameters(params, form);
            } else {
                params.add(bodyParameter(body, content));
            }
        }
        if (!params.isEmpty()) {
            op.set("parameters", params);
        }
        if (!op.has("consumes") && !consumes.isEmpty() && !consumes.equals(rootConsumes)) {
            op.set("consumes", strings(consumes));
        }
        Set<String> produces = new LinkedHashSet<>();
        if (op.get("responses") instanceof ObjectNode responses) {
            responses.fields().forEachRemaining(e -> {
                if (e.getValue() instanceof ObjectNode r) {
                    e.setValue(convertResponse(r, produces));
                }
            });
        }
        if (!op.has("produces") && !produces.isEmpty() && !new ArrayList<>(produces).equals(rootProduces)) {
            op.set("produces", strings(new ArrayList<>(produces)));
        }
    }

    private static JsonNode formSchema(ObjectNode content) {
        for (String type : List.of("application/x-www-form-urlencoded", "multipart/form-data")) {
            if (content.size() == 1 && content.has(type)) {
                JsonNode schema = content.get(type).get("schema");
                if (schema != null && schema.has("properties")) {
                    return schema;
                }
            }
        }
        return null;
    }

    private static void addFormParameters(ArrayNode params, JsonNode schema) {
        Set<String> required = new LinkedHashSet<>(Swagger2ToOas3.strings(schema.get("required")));
        schema.get("properties").fields().forEachRemaining(e -> {
            ObjectNode p = F.objectNode().put("name", e.getKey()).put("in", "formData");
            if (required.contains(e.getKey())) {
                p.put("required", true);
            }
            e.getValue().fields().forEachRemaining(f -> p.set(f.getKey(), f.getValue()));
            params.add(p);
        });
    }

    private static ObjectNode bodyParameter(ObjectNode body, ObjectNode content) {
        ObjectNode p = F.objectNode();
        p.put("in", "body");
        p.put("name", body.path(Swagger2ToOas3.BODY_NAME).asText("body"));
        body.fields().forEachRemaining(e -> {
            if (!e.getKey().equals("content") && !e.getKey().equals(Swagger2ToOas3.BODY_NAME)) {
                p.set(e.getKey(), e.getValue());
            }
        });
        for (JsonNode media : content) {
            if (media.has("schema")) {
                p.set("schema", media.get("schema"));
                break;
            }
        }
        return p;
    }

    private static JsonNode convertResponse(JsonNode response, Set<String> produces) {
        if (!(response instanceof ObjectNode r) || r.has("$ref")) {
            return response;
        }
        ObjectNode out = F.objectNode();
        r.fields().forEachRemaining(e -> {
            switch (e.getKey()) {
                case "content" -> {
                    ObjectNode examples = F.objectNode();
                    e.getValue().fields().forEachRemaining(m -> {
                        if (produces != null) {
                            produces.add(m.getKey());
                        }
                        if (m.getValue().has("schema") && !out.has("schema")) {
                            out.set("schema", m.getValue().get("schema"));
                        }
                        if (m.getValue().has("example")) {
                            examples.set(m.getKey(), m.getValue().get("example"));
                        }
                    });
                    if (!examples.isEmpty()) {
                        out.set("examples", examples);
                    }
                }
                case "headers" -> out.set("headers", mapValues(e.getValue(), Oas3ToSwagger2::flatten));
                default -> out.set(e.getKey(), e.getValue());
            }
        });
        return out;
    }

    private static ArrayNode flattenAll(ArrayNode params) {
        ArrayNode out = F.arrayNode();
        params.forEach(p -> out.add(flatten(p)));
        return out;
    }

    /** Moves a parameter's or header's {@code schema} keys back onto it, as Swagger 2 wants. */
    private static JsonNode flatten(JsonNode node) {
        if (!(node instanceof ObjectNode p) || p.has("$ref") || !(p.get("schema") instanceof ObjectNode schema)) {
            return node;
        }
        ObjectNode out = F.objectNode();
        p.fields().forEachRemaining(e -> {
            if (e.getKey().equals("schema")) {
                schema.fields().forEachRemaining(s -> out.set(s.getKey(), s.getValue()));
            } else {
                out.set(e.getKey(), e.getValue());
            }
        });
        return out;
    }

    private static JsonNode convertSecurityScheme(JsonNode node) {
        if (!(node instanceof ObjectNode s)) {
            return node;
        }
        String type = s.path("type").asText();
        if (type.equals("http") && s.path("scheme").asText().equals("basic")) {
            ObjectNode out = F.objectNode().put("type", "basic");
            s.fields().forEachRemaining(e -> {
                if (!e.getKey().equals("type") && !e.getKey().equals("scheme")) {
                    out.set(e.getKey(), e.getValue());
                }
            });
            return out;
        }
        if (!type.equals("oauth2") || !(s.get("flows") instanceof ObjectNode flows) || flows.isEmpty()) {
            return s;
        }
        ObjectNode out = F.objectNode().put("type", "oauth2");
        String flowName = flows.fieldNames().next();
        out.put("flow", Swagger2ToOas3.OAuthFlows.toSwagger(flowName));
        flows.get(flowName).fields().forEachRemaining(e -> out.set(e.getKey(), e.getValue()));
        s.fields().forEachRemaining(e -> {
            if (!e.getKey().equals("type") && !e.getKey().equals("flows")) {
                out.set(e.getKey(), e.getValue());
            }
        });
        return out;
    }

    private static JsonNode mapValues(JsonNode node, java.util.function.UnaryOperator<JsonNode> f) {
        if (!(node instanceof ObjectNode o)) {
            return node;
        }
        ObjectNode out = F.objectNode();
        o.fields().forEachRemaining(e -> out.set(e.getKey(), f.apply(e.getValue())));
        return out;
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode a = F.arrayNode();
        values.forEach(a::add);
        return a;
    }
}
