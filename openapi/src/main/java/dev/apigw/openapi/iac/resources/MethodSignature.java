package dev.apigw.openapi.iac.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apigw.openapi.json.Json;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a method declares about its requests and responses, in OpenAPI terms: path parameters from the resource's
 * path, {@code RequestParameters} ({@code method.request.querystring.q: true}) as parameters, {@code RequestModels}
 * as a request body referring to the models, {@code MethodResponses} as responses with their headers
 * ({@code method.response.header.X}) and models.
 */
final class MethodSignature {
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}+]+)\\+?}");
    private static final Map<String, String> LOCATIONS = Map.of("path", "path", "querystring", "query",
            "multivaluequerystring", "query", "header", "header", "multivalueheader", "header");
    private static final Set<String> RESPONSE_KNOWN = Set.of("ResponseModels", "ResponseParameters", "StatusCode");

    private final Findings findings;
    private final Components components;
    private final Map<String, String> modelNames;

    MethodSignature(Findings findings, Components components, Map<String, String> modelNames) {
        this.findings = findings;
        this.components = components;
        this.modelNames = modelNames;
    }

    /** Writes {@code parameters}, {@code requestBody} and {@code responses} of the method into {@code op}. */
    void write(String method, String path, JsonNode properties, ObjectNode op) {
        ArrayNode parameters = parameters(method, path, properties.path("RequestParameters"));
        if (!parameters.isEmpty()) {
            op.set("parameters", parameters);
        }
        requestBody(method, properties.path("RequestModels")).ifPresent(b -> op.set("requestBody", b));
        op.set("responses", responses(method, properties.path("MethodResponses")));
    }

    private ArrayNode parameters(String method, String path, JsonNode declared) {
        ArrayNode out = Json.JSON.createArrayNode();
        Set<String> seen = new LinkedHashSet<>();
        Matcher variables = PATH_VARIABLE.matcher(path);
        while (variables.find()) {
            seen.add("path/" + variables.group(1));
            out.add(parameter(variables.group(1), "path", true));
        }
        if (!declared.isObject()) {
            return out;
        }
        declared.fields().forEachRemaining(e -> {
            String[] parts = e.getKey().split("\\.", 4);
            String location = parts.length == 4 && parts[0].equals("method") && parts[1].equals("request")
                    ? LOCATIONS.get(parts[2]) : null;
            if (location == null) {
                findings.invalid(method, "RequestParameters/" + e.getKey(), "'" + e.getKey() + "' is no method "
                        + "request parameter", "write method.request.{path|querystring|header}.name: true");
                return;
            }
            if (location.equals("path") && !seen.contains("path/" + parts[3])) {
                findings.invalid(method, "RequestParameters/" + e.getKey(), "the path has no {" + parts[3] + "}",
                        "declare path parameters that the resource's PathPart holds");
                return;
            }
            if (seen.add(location + "/" + parts[3])) {
                out.add(parameter(parts[3], location, Values.bool(e.getValue())));
            }
        });
        return out;
    }

    private static ObjectNode parameter(String name, String in, boolean required) {
        ObjectNode p = Json.JSON.createObjectNode().put("name", name).put("in", in);
        if (required) {
            p.put("required", true);
        }
        p.putObject("schema").put("type", "string");
        return p;
    }

    private Optional<ObjectNode> requestBody(String method, JsonNode models) {
        if (!models.isObject() || models.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode body = Json.JSON.createObjectNode();
        ObjectNode content = body.putObject("content");
        models.fields().forEachRemaining(e -> content.set(e.getKey(),
                media(method, "RequestModels/" + e.getKey(), e.getValue())));
        body.put("required", true);
        return Optional.of(body);
    }

    private ObjectNode responses(String method, JsonNode list) {
        ObjectNode responses = Json.JSON.createObjectNode();
        if (!list.isArray()) {
            return responses;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode r = list.get(i);
            String at = "MethodResponses/" + i;
            findings.unknownProperties(method, r, RESPONSE_KNOWN, at);
            Optional<String> status = Values.text(r.path("StatusCode"));
            if (status.isEmpty()) {
                findings.error(method, at, "a method response needs a StatusCode", "write StatusCode: \"200\"");
                continue;
            }
            ObjectNode response = responses.putObject(status.get());
            response.put("description", status.get() + " response");
            if (r.path("ResponseParameters").isObject()) {
                ObjectNode headers = Json.JSON.createObjectNode();
                r.get("ResponseParameters").fieldNames().forEachRemaining(name -> {
                    if (name.startsWith("method.response.header.")) {
                        headers.putObject(name.substring("method.response.header.".length())).putObject("schema")
                                .put("type", "string");
                    }
                });
                if (!headers.isEmpty()) {
                    response.set("headers", headers);
                }
            }
            if (r.path("ResponseModels").isObject() && !r.get("ResponseModels").isEmpty()) {
                ObjectNode content = response.putObject("content");
                r.get("ResponseModels").fields().forEachRemaining(e -> content.set(e.getKey(),
                        media(method, at + "/ResponseModels/" + e.getKey(), e.getValue())));
            }
        }
        return responses;
    }

    /** A content type's entry naming a model: by {@code Ref} (its logical id) or by the model's name. */
    private ObjectNode media(String method, String at, JsonNode model) {
        ObjectNode media = Json.JSON.createObjectNode();
        Optional<String> name = Values.text(model).map(m -> modelNames.getOrDefault(m, m));
        Optional<String> ref = name.flatMap(components::modelRef);
        if (ref.isEmpty()) {
            findings.invalid(method, at, "names the model " + name.map(n -> "'" + n + "'").orElse("?")
                    + ", which this API does not define", "add an AWS::ApiGateway::Model of that Name, or use Empty");
            return media;
        }
        media.putObject("schema").put("$ref", ref.get());
        return media;
    }
}
