package dev.apigw.openapi.iac;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apigw.model.diag.Diagnostics;
import dev.apigw.model.diag.SourceLocation;
import dev.apigw.openapi.cfn.IntrinsicResolver;
import dev.apigw.openapi.source.JsonPointers;
import dev.apigw.openapi.source.SourceDocument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A CloudFormation or SAM template read once for every reader of it: its resources (those whose {@code Condition}
 * holds), their {@code Properties} with intrinsic functions resolved against the template and {@code --param}
 * values, and positions for diagnostics. Readers of each input form (SAM, resource-form REST and V2 APIs, CDK) take
 * what they need from here and produce {@link TemplateApi}s.
 */
public final class CloudFormationTemplate {
    private final Path file;
    private final SourceDocument source;
    private final IntrinsicResolver resolver;
    private final Map<String, String> parameters;
    private final Map<String, String> types = new LinkedHashMap<>();
    private final Map<String, JsonNode> resolvedProperties = new LinkedHashMap<>();
    private final Diagnostics diagnostics = new Diagnostics();

    private CloudFormationTemplate(Path file, SourceDocument source, Map<String, String> parameters) {
        this.file = file;
        this.source = source;
        this.parameters = Map.copyOf(parameters);
        this.resolver = IntrinsicResolver.forTemplate(source.root(), parameters);
        source.root().path("Resources").fields().forEachRemaining(e -> {
            JsonNode type = e.getValue().path("Type");
            if (type.isTextual() && holds(e.getValue().path("Condition"))) {
                types.put(e.getKey(), type.asText());
            }
        });
    }

    /** Reads and parses the template; a file that does not parse is an error at its line and column. */
    public static CloudFormationTemplate read(Path file, Map<String, String> parameters) {
        return new CloudFormationTemplate(file, SourceDocument.read(file), parameters);
    }

    /** A template already parsed (tests, nested stacks). */
    public static CloudFormationTemplate of(Path file, SourceDocument source, Map<String, String> parameters) {
        return new CloudFormationTemplate(file, source, parameters);
    }

    public Path file() {
        return file;
    }

    /** The directory relative paths in the template ({@code CodeUri}, {@code DefinitionUri}) resolve against. */
    public Path directory() {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? Path.of("").toAbsolutePath() : parent;
    }

    public SourceDocument source() {
        return source;
    }

    public JsonNode root() {
        return source.root();
    }

    /** The {@code --param} values (template parameters, pseudo parameters, imports) this template was read with. */
    public Map<String, String> parameters() {
        return parameters;
    }

    /** Logical id to {@code AWS::} type of every resource that exists (its {@code Condition}, if any, holds). */
    public Map<String, String> resourceTypes() {
        return java.util.Collections.unmodifiableMap(types);
    }

    /** The logical ids of the resources of this type, in template order. */
    public List<String> resourcesOfType(String type) {
        List<String> ids = new ArrayList<>();
        types.forEach((id, t) -> {
            if (t.equals(type)) {
                ids.add(id);
            }
        });
        return ids;
    }

    /** The resource as written (Type, Properties, Metadata, DependsOn...); a missing node when absent. */
    public JsonNode resource(String logicalId) {
        return source.root().path("Resources").path(logicalId);
    }

    /** {@code /Resources/Id}, the JSON pointer of a resource, for diagnostics. */
    public static String pointer(String logicalId) {
        return JsonPointers.child("/Resources", logicalId);
    }

    /** The resource's {@code Properties} with intrinsics resolved (an empty object when it has none). */
    public JsonNode properties(String logicalId) {
        return resolvedProperties.computeIfAbsent(logicalId, id -> {
            JsonNode raw = resource(id).path("Properties");
            if (raw.isMissingNode()) {
                return JsonNodeFactory.instance.objectNode();
            }
            JsonNode resolved = resolve(raw, JsonPointers.child(pointer(id), "Properties"));
            return resolved.isMissingNode() ? JsonNodeFactory.instance.objectNode() : resolved;
        });
    }

    /** Resolves intrinsics in any part of the template; what stays unresolved is warned about once. */
    public JsonNode resolve(JsonNode node, String pointer) {
        return resolver.resolve(node, source, pointer, diagnostics);
    }

    /** SAM's {@code Globals} section for one resource kind ({@code Function}, {@code Api}, {@code HttpApi}). */
    public JsonNode globals(String kind) {
        JsonNode globals = source.root().path("Globals").path(kind);
        return globals.isMissingNode() ? MissingNode.getInstance()
                : resolve(globals, JsonPointers.child("/Globals", kind));
    }

    /** Whether the template uses the SAM transform. */
    public boolean isSam() {
        JsonNode transform = source.root().path("Transform");
        if (transform.isTextual()) {
            return transform.asText().startsWith("AWS::Serverless");
        }
        for (JsonNode t : transform) {
            if (t.asText().startsWith("AWS::Serverless")) {
                return true;
            }
        }
        return types.values().stream().anyMatch(t -> t.startsWith("AWS::Serverless::"));
    }

    public SourceLocation locate(String pointer) {
        return source.locate(pointer);
    }

    /** Warnings and errors found while resolving (unresolved intrinsics, for example). */
    public Diagnostics diagnostics() {
        return diagnostics;
    }

    /** A resource's {@code Condition}: absent, or a named condition that holds. */
    private boolean holds(JsonNode condition) {
        if (!condition.isTextual()) {
            return true;
        }
        ObjectNode test = JsonNodeFactory.instance.objectNode();
        test.putArray("Fn::If").add(condition.asText()).add(true).add(false);
        JsonNode value = resolver.resolve(test, source, "/Conditions/" + condition.asText(), new Diagnostics());
        return !value.isBoolean() || value.asBoolean();
    }
}
