package dev.apigw.openapi.iac.sam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An OpenAPI 2.0 or 3.0 document being edited the way SAM's Swagger and OpenAPI editors edit one: paths and
 * operations created on demand, API Gateway's {@code any} method, security schemes and models in the place the
 * document's version keeps them.
 */
final class OpenApiDoc {
    static final String ANY = "x-amazon-apigateway-any-method";
    static final String INTEGRATION = "x-amazon-apigateway-integration";
    static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ObjectNode root;

    OpenApiDoc(ObjectNode root) {
        this.root = root;
    }

    /** SAM's skeleton: {@code swagger: "2.0"} (or the given OpenAPI 3 version), version 1.0, the stack's name. */
    static OpenApiDoc skeleton(Optional<String> openApi3Version, String title) {
        ObjectNode root = NODES.objectNode();
        openApi3Version.ifPresentOrElse(v -> root.put("openapi", v), () -> root.put("swagger", "2.0"));
        root.putObject("info").put("version", "1.0").put("title", title);
        root.putObject("paths");
        return new OpenApiDoc(root);
    }

    ObjectNode root() {
        return root;
    }

    /** OpenAPI 3 (an {@code openapi} key and no {@code swagger} key). */
    boolean isOpenApi3() {
        return root.has("openapi") && !root.has("swagger");
    }

    /** Normalises a SAM event's method: lower case, {@code any} is API Gateway's any-method extension. */
    static String methodKey(String method) {
        String lower = method.toLowerCase(Locale.ROOT);
        return lower.equals("any") ? ANY : lower;
    }

    ObjectNode paths() {
        return object(root, "paths");
    }

    List<String> pathNames() {
        List<String> names = new ArrayList<>();
        paths().fieldNames().forEachRemaining(names::add);
        return names;
    }

    Optional<ObjectNode> operation(String path, String methodKey) {
        JsonNode op = paths().path(path).path(methodKey);
        return op instanceof ObjectNode o ? Optional.of(o) : Optional.empty();
    }

    boolean hasOperation(String path, String methodKey) {
        return operation(path, methodKey).isPresent();
    }

    boolean hasIntegration(String path, String methodKey) {
        return operation(path, methodKey).map(OpenApiDoc::hasIntegration).orElse(false);
    }

    static boolean hasIntegration(ObjectNode operation) {
        JsonNode integration = operation.path(INTEGRATION);
        return integration.isObject() && !integration.isEmpty();
    }

    /** The operation at path and method, created (with its path) when absent. */
    ObjectNode addOperation(String path, String methodKey) {
        return object(object(paths(), path), methodKey);
    }

    /** The operations of a path (HTTP methods and any), in document order; all of them or those with an integration. */
    Map<String, ObjectNode> operations(String path, boolean withIntegrationOnly) {
        Map<String, ObjectNode> out = new LinkedHashMap<>();
        paths().path(path).fields().forEachRemaining(e -> {
            boolean isMethod = HTTP_METHODS.contains(e.getKey()) || e.getKey().equals(ANY);
            if (isMethod && e.getValue() instanceof ObjectNode op && (!withIntegrationOnly || hasIntegration(op))) {
                out.put(e.getKey(), op);
            }
        });
        return out;
    }

    /** {@code securityDefinitions} (2.0) or {@code components.securitySchemes} (3.0). */
    ObjectNode securitySchemes() {
        return isOpenApi3() ? object(object(root, "components"), "securitySchemes") : object(root,
                "securityDefinitions");
    }

    /** {@code definitions} (2.0) or {@code components.schemas} (3.0). */
    ObjectNode models() {
        return isOpenApi3() ? object(object(root, "components"), "schemas") : object(root, "definitions");
    }

    String modelRef(String name) {
        return (isOpenApi3() ? "#/components/schemas/" : "#/definitions/") + name;
    }

    /** A response header's description: {@code {type: t}} in 2.0, {@code {schema: {type: t}}} in 3.0. */
    ObjectNode headerOfType(String type) {
        ObjectNode header = NODES.objectNode();
        if (isOpenApi3()) {
            header.putObject("schema").put("type", type);
        } else {
            header.put("type", type);
        }
        return header;
    }

    /** A string parameter: {@code type: string} in 2.0, {@code schema: {type: string}} in 3.0. */
    ObjectNode stringParameter(String in, String name, boolean required) {
        ObjectNode parameter = NODES.objectNode().put("in", in).put("name", name).put("required", required);
        if (isOpenApi3()) {
            parameter.putObject("schema").put("type", "string");
        } else {
            parameter.put("type", "string");
        }
        return parameter;
    }

    /**
     * {@code disableExecuteApiEndpoint} in the endpoint configuration, where SAM writes it: in each server of an
     * OpenAPI 3 document (one is added when there is none), at the root of a Swagger 2 one.
     */
    void disableExecuteApiEndpoint(boolean disable) {
        String extension = "x-amazon-apigateway-endpoint-configuration";
        if (!isOpenApi3()) {
            object(root, extension).put("disableExecuteApiEndpoint", disable);
            return;
        }
        JsonNode servers = root.get("servers");
        ArrayNode list = servers instanceof ArrayNode a ? a : root.putArray("servers");
        if (list.isEmpty()) {
            list.addObject();
        }
        list.forEach(server -> {
            if (server instanceof ObjectNode s) {
                object(s, extension).put("disableExecuteApiEndpoint", disable);
            }
        });
    }

    /** An operation's {@code security} list, created empty when absent (or replaced when not a list). */
    static ArrayNode security(ObjectNode operation) {
        JsonNode security = operation.get("security");
        if (security instanceof ArrayNode list) {
            return list;
        }
        return operation.putArray("security");
    }

    /** {@code parent[key]} as an object, created (or replacing a non-object) when needed. */
    static ObjectNode object(ObjectNode parent, String key) {
        JsonNode child = parent.get(key);
        if (child instanceof ObjectNode o) {
            return o;
        }
        return parent.putObject(key);
    }
}
