package dev.apigw.openapi.convert;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Converts the parts of a Swagger 2.0 document that differ in OpenAPI 3.0 (body and form parameters, non-body
 * parameter schemas, response schemas and headers, definitions, security definitions, {@code $ref}s). Root-level
 * host/basePath/schemes/consumes/produces are left for the importer, which keeps them typed. The inverse is
 * {@link Oas3ToSwagger2}; together they round-trip: operation-level consumes/produces stay on the operation and the
 * body parameter's name is kept as {@code x-codegen-request-body-name}.
 */
public final class Swagger2ToOas3 {
    public static final String BODY_NAME = "x-codegen-request-body-name";
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final List<String> rootConsumes;
    private final List<String> rootProduces;

    private Swagger2ToOas3(List<String> rootConsumes, List<String> rootProduces) {
        this.rootConsumes = rootConsumes;
        this.rootProduces = rootProduces;
    }

    /** Returns a converted deep copy; the input is not modified. */
    public static ObjectNode convert(ObjectNode swagger) {
        ObjectNode doc = swagger.deepCopy();
        Swagger2ToOas3 c = new Swagger2ToOas3(strings(doc.get("consumes")), strings(doc.get("produces")));
        return c.run(doc);
    }

    private ObjectNode run(ObjectNode doc) {
        RefRewriter.swaggerToOas3().rewrite(doc);
        ObjectNode components = F.objectNode();
        moveInto(doc, "definitions", components, "schemas");
        if (doc.get("parameters") instanceof ObjectNode params) {
            ObjectNode converted = components.putObject("parameters");
            params.fields().forEachRemaining(e -> converted.set(e.getKey(), e.getValue() instanceof ObjectNode p
                    ? convertParameter(p) : e.getValue()));
            doc.remove("parameters");
        }
        if (doc.get("responses") instanceof ObjectNode responses) {
            ObjectNode converted = components.putObject("responses");
            responses.fields().forEachRemaining(e -> converted.set(e.getKey(), e.getValue() instanceof ObjectNode r
                    ? convertResponse(r, rootProduces) : e.getValue()));
            doc.remove("responses");
        }
        if (doc.get("securityDefinitions") instanceof ObjectNode schemes) {
            ObjectNode converted = components.putObject("securitySchemes");
            schemes.fields().forEachRemaining(e -> converted.set(e.getKey(), e.getValue() instanceof ObjectNode s
                    ? convertSecurityScheme(s) : e.getValue()));
            doc.remove("securityDefinitions");
        }
        if (doc.get("paths") instanceof ObjectNode paths) {
            paths.fields().forEachRemaining(e -> {
                if (e.getValue() instanceof ObjectNode item) {
                    convertPathItem(item);
                }
            });
        }
        ObjectNode out = F.objectNode();
        out.put("openapi", "3.0.1");
        doc.fields().forEachRemaining(e -> {
            if (!e.getKey().equals("swagger")) {
                out.set(e.getKey(), e.getValue());
            }
        });
        if (!components.isEmpty()) {
            ObjectNode existing = out.get("components") instanceof ObjectNode o ? o : out.putObject("components");
            components.fields().forEachRemaining(e -> existing.set(e.getKey(), e.getValue()));
        }
        return out;
    }

    private void convertPathItem(ObjectNode item) {
        if (item.get("parameters") instanceof ArrayNode params) {
            item.set("parameters", convertParameterList(params, null, null));
        }
        item.fields().forEachRemaining(e -> {
            if (SchemaKeys.HTTP_METHODS.contains(e.getKey()) && e.getValue() instanceof ObjectNode op) {
                convertOperation(op);
            }
        });
    }

    private void convertOperation(ObjectNode op) {
        List<String> consumes = op.has("consumes") ? strings(op.get("consumes")) : rootConsumes;
        List<String> produces = op.has("produces") ? strings(op.get("produces")) : rootProduces;
        if (op.get("parameters") instanceof ArrayNode params) {
            ObjectNode body = F.objectNode();
            ArrayNode rest = convertParameterList(params, body, consumes);
            if (rest.isEmpty()) {
                op.remove("parameters");
            } else {
                op.set("parameters", rest);
            }
            if (!body.isEmpty()) {
                op.set("requestBody", body);
            }
        }
        if (op.get("responses") instanceof ObjectNode responses) {
            responses.fields().forEachRemaining(e -> {
                if (e.getValue() instanceof ObjectNode r) {
                    e.setValue(convertResponse(r, produces));
                }
            });
        }
    }

    /** Splits body/formData parameters into {@code body} (a request body) and converts the others. */
    private ArrayNode convertParameterList(ArrayNode params, ObjectNode body, List<String> consumes) {
        ArrayNode rest = F.arrayNode();
        ObjectNode formSchema = null;
        ArrayNode formRequired = F.arrayNode();
        for (JsonNode p : params) {
            String in = p.path("in").asText("");
            if (body != null && in.equals("body") && p instanceof ObjectNode bodyParam) {
                ObjectNode content = body.putObject("content");
                for (String type : consumes.isEmpty() ? List.of("application/json") : consumes) {
                    ObjectNode media = content.putObject(type);
                    if (bodyParam.has("schema")) {
                        media.set("schema", bodyParam.get("schema").deepCopy());
                    }
                }
                copy(bodyParam, body, "description");
                if (bodyParam.path("required").asBoolean(false)) {
                    body.put("required", true);
                }
                bodyParam.fields().forEachRemaining(e -> {
                    if (e.getKey().startsWith("x-")) {
                        body.set(e.getKey(), e.getValue());
                    }
                });
                body.put(BODY_NAME, bodyParam.path("name").asText("body"));
            } else if (body != null && in.equals("formData") && p instanceof ObjectNode formParam) {
                if (formSchema == null) {
                    formSchema = F.objectNode().put("type", "object");
                    formSchema.putObject("properties");
                }
                ObjectNode property = F.objectNode();
                formParam.fields().forEachRemaining(e -> {
                    if (SchemaKeys.SWAGGER_SCHEMA_KEYS.contains(e.getKey()) || e.getKey().equals("description")) {
                        property.set(e.getKey(), e.getValue());
                    }
                });
                ((ObjectNode) formSchema.get("properties")).set(formParam.path("name").asText(), property);
                if (formParam.path("required").asBoolean(false)) {
                    formRequired.add(formParam.path("name").asText());
                }
            } else if (p instanceof ObjectNode param && !p.has("$ref")) {
                rest.add(convertParameter(param));
            } else {
                rest.add(p);
            }
        }
        if (formSchema != null) {
            if (!formRequired.isEmpty()) {
                formSchema.set("required", formRequired);
            }
            String type = consumes.contains("multipart/form-data") ? "multipart/form-data"
                    : "application/x-www-form-urlencoded";
            body.putObject("content").putObject(type).set("schema", formSchema);
        }
        return rest;
    }

    private static ObjectNode convertParameter(ObjectNode p) {
        if (p.path("in").asText().equals("body") || p.has("$ref")) {
            return p;
        }
        ObjectNode out = F.objectNode();
        ObjectNode schema = F.objectNode();
        p.fields().forEachRemaining(e -> {
            if (SchemaKeys.SWAGGER_SCHEMA_KEYS.contains(e.getKey())) {
                schema.set(e.getKey(), e.getValue());
            } else {
                out.set(e.getKey(), e.getValue());
            }
        });
        if (!schema.isEmpty()) {
            out.set("schema", schema);
        }
        return out;
    }

    private static ObjectNode convertResponse(ObjectNode r, List<String> produces) {
        if (r.has("$ref")) {
            return r;
        }
        ObjectNode out = F.objectNode();
        JsonNode schema = r.get("schema");
        JsonNode examples = r.get("examples");
        r.fields().forEachRemaining(e -> {
            switch (e.getKey()) {
                case "schema", "examples" -> { }
                case "headers" -> out.set("headers", convertHeaders(e.getValue()));
                default -> out.set(e.getKey(), e.getValue());
            }
        });
        if (schema != null || examples != null) {
            ObjectNode content = out.putObject("content");
            List<String> types = produces.isEmpty() ? List.of("application/json") : produces;
            for (String type : types) {
                ObjectNode media = content.putObject(type);
                if (schema != null) {
                    media.set("schema", schema.deepCopy());
                }
                if (examples != null && examples.has(type)) {
                    media.set("example", examples.get(type));
                }
            }
        }
        return out;
    }

    private static JsonNode convertHeaders(JsonNode headers) {
        if (!(headers instanceof ObjectNode h)) {
            return headers;
        }
        ObjectNode out = F.objectNode();
        h.fields().forEachRemaining(e -> out.set(e.getKey(), e.getValue() instanceof ObjectNode header
                ? convertParameter(header) : e.getValue()));
        return out;
    }

    private static ObjectNode convertSecurityScheme(ObjectNode s) {
        String type = s.path("type").asText();
        if (type.equals("basic")) {
            ObjectNode out = F.objectNode().put("type", "http").put("scheme", "basic");
            s.fields().forEachRemaining(e -> {
                if (!e.getKey().equals("type")) {
                    out.set(e.getKey(), e.getValue());
                }
            });
            return out;
        }
        if (!type.equals("oauth2")) {
            return s;
        }
        ObjectNode out = F.objectNode().put("type", "oauth2");
        ObjectNode flow = F.objectNode();
        s.fields().forEachRemaining(e -> {
            switch (e.getKey()) {
                case "type", "flow" -> { }
                case "authorizationUrl", "tokenUrl" -> flow.set(e.getKey(), e.getValue());
                case "scopes" -> flow.set("scopes", e.getValue());
                default -> out.set(e.getKey(), e.getValue());
            }
        });
        if (!flow.has("scopes")) {
            flow.putObject("scopes");
        }
        out.putObject("flows").set(OAuthFlows.toOas3(s.path("flow").asText("implicit")), flow);
        return out;
    }

    private static void moveInto(ObjectNode doc, String from, ObjectNode target, String to) {
        JsonNode value = doc.remove(from);
        if (value != null) {
            target.set(to, value);
        }
    }

    private static void copy(ObjectNode from, ObjectNode to, String key) {
        if (from.has(key)) {
            to.set(key, from.get(key));
        }
    }

    static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node != null && node.isArray()) {
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                out.add(it.next().asText());
            }
        }
        return out;
    }

    /** Swagger 2 and OpenAPI 3 names of the OAuth 2 flows. */
    static final class OAuthFlows {
        private static final Map<String, String> TO_OAS3 = Map.of("implicit", "implicit", "password", "password",
                "application", "clientCredentials", "accessCode", "authorizationCode");

        static String toOas3(String swagger) {
            return TO_OAS3.getOrDefault(swagger, swagger);
        }

        static String toSwagger(String oas3) {
            return TO_OAS3.entrySet().stream().filter(e -> e.getValue().equals(oas3)).map(Map.Entry::getKey)
                    .findFirst().orElse(oas3);
        }
    }
}
