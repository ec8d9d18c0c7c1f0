package dev.apigw.openapi.iac.functions;

import dev.apigw.openapi.iac.CloudFormationTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apigw.openapi.iac.sam.SamGlobals;
import dev.apigw.model.diag.Diagnostic;
import dev.apigw.model.project.FunctionBinding;
import dev.apigw.model.project.FunctionRuntime;
import dev.apigw.model.project.LambdaRuntimeName;
import dev.apigw.openapi.source.JsonPointers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The template's Lambda functions as local runtime bindings: {@code AWS::Serverless::Function} (with SAM's
 * {@code Globals.Function}) and {@code AWS::Lambda::Function}, keyed by logical id (which is how integration URIs
 * name them once resolved) and by {@code FunctionName}. Code comes from {@code CodeUri}, from the CDK asset
 * directory a resource's {@code aws:asset:path} metadata names, or from inline code ({@code InlineCode},
 * {@code Code.ZipFile}), written out as {@code index.js}/{@code index.py} as CloudFormation does.
 */
public final class TemplateFunctions {
    static final String RULE = "APIGW-TEMPLATE-001";

    private final CloudFormationTemplate template;
    private final SamGlobals globals;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private TemplateFunctions(CloudFormationTemplate template) {
        this.template = template;
        this.globals = SamGlobals.of(template);
    }

    /** The bindings, and warnings for what cannot run locally (images, S3 code, layers by ARN). */
    public static Result read(CloudFormationTemplate template) {
        TemplateFunctions reader = new TemplateFunctions(template);
        Map<String, FunctionBinding> bindings = new LinkedHashMap<>();
        template.resourceTypes().forEach((id, type) -> {
            if (type.equals("AWS::Serverless::Function") || type.equals("AWS::Lambda::Function")) {
                reader.function(id, type.equals("AWS::Serverless::Function")).ifPresent(b -> {
                    bindings.put(id, b);
                    String name = template.properties(id).path("FunctionName").asText("");
                    if (!name.isEmpty() && !name.equals(id)) {
                        bindings.putIfAbsent(name, b);
                    }
                });
            }
        });
        return new Result(bindings, reader.diagnostics);
    }

    /** Bindings by logical id and function name, and what the reader noticed. */
    public record Result(Map<String, FunctionBinding> functions, List<Diagnostic> diagnostics) {
        public Result {
            functions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(functions));
            diagnostics = List.copyOf(diagnostics);
        }
    }

    private Optional<FunctionBinding> function(String id, boolean sam) {
        JsonNode own = template.properties(id);
        JsonNode props = sam && own.isObject() ? globals.apply("Function", id, (ObjectNode) own.deepCopy()) : own;
        String at = JsonPointers.child(CloudFormationTemplate.pointer(id), "Properties");
        if (props.path("PackageType").asText("Zip").equals("Image")) {
            warn(at + "/PackageType", "function " + id + " is a container image, which apigw does not run",
                    "bind it in apigw.yaml (functions: { " + id + ": { url: http://127.0.0.1:9001 } }) to a local "
                            + "Lambda Invoke endpoint");
            return Optional.empty();
        }
        String runtime = props.path("Runtime").asText("");
        if (LambdaRuntimeName.parse(runtime).isEmpty()) {
            warn(at + "/Runtime", "function " + id + " has runtime '" + runtime + "', which apigw cannot run",
                    "use one of " + String.join(", ", LambdaRuntimeName.SUPPORTED) + ", or bind it in apigw.yaml");
            return Optional.empty();
        }
        Optional<String> code = code(id, props, sam, runtime, at);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> environment = new LinkedHashMap<>();
        props.path("Environment").path("Variables").fields().forEachRemaining(e -> environment.put(e.getKey(),
                e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString()));
        Optional<Integer> reserved = props.path("ReservedConcurrentExecutions").canConvertToInt()
                && props.path("ReservedConcurrentExecutions").asInt() > 0
                ? Optional.of(props.path("ReservedConcurrentExecutions").asInt()) : Optional.empty();
        FunctionRuntime lambda = new FunctionRuntime(runtime, code.get(), props.path("MemorySize").asInt(0),
                reserved, layers(id, props.path("Layers"), at + "/Layers"));
        Optional<Integer> timeout = props.path("Timeout").canConvertToInt()
                ? Optional.of(props.path("Timeout").asInt()) : Optional.empty();
        FunctionChecks checks = new FunctionChecks(id, at, template::locate, diagnostics);
        checks.limits(timeout, props.path("MemorySize").asInt(0));
        timeout = timeout.filter(t -> t >= 1);
        if (!(sam ? props.path("InlineCode") : props.path("Code").path("ZipFile")).isTextual()) {
            checks.code(template.directory().resolve(code.get()).normalize(), sam ? "CodeUri" : "Code",
                    LambdaRuntimeName.parse(runtime).orElseThrow(), props.path("Handler").asText(""));
        }
        return Optional.of(FunctionBinding.ofRuntime(id, lambda, props.path("Handler").asText(""), environment,
                timeout));
    }

    /** Where the code is, relative to the template's directory (or absolute for inline code written out). */
    private Optional<String> code(String id, JsonNode props, boolean sam, String runtime, String at) {
        JsonNode asset = template.resource(id).path("Metadata").path("aws:asset:path");
        if (asset.isTextual()) {
            return Optional.of(asset.asText());
        }
        JsonNode inline = sam ? props.path("InlineCode") : props.path("Code").path("ZipFile");
        if (inline.isTextual()) {
            return Optional.of(writeInline(id, runtime, inline.asText()).toString());
        }
        JsonNode uri = sam ? props.path("CodeUri") : props.path("Code");
        if (uri.isTextual() && !uri.asText().startsWith("s3://")) {
            return Optional.of(uri.asText());
        }
        if (uri.isMissingNode() && sam) {
            // SAM's default CodeUri is the template's own directory.
            return Optional.of(".");
        }
        warn(at + (sam ? "/CodeUri" : "/Code"), "function " + id + " has its code in S3, which apigw cannot read",
                "point CodeUri at the local directory with the code, or bind the function in apigw.yaml");
        return Optional.empty();
    }

    /** Layer directories: {@code AWS::Serverless::LayerVersion ContentUri}, {@code AWS::Lambda::LayerVersion}. */
    private List<String> layers(String id, JsonNode layers, String at) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            String ref = layers.get(i).asText("");
            String type = template.resourceTypes().getOrDefault(ref, "");
            JsonNode layer = template.properties(ref);
            JsonNode asset = template.resource(ref).path("Metadata").path("aws:asset:path");
            JsonNode content = type.equals("AWS::Serverless::LayerVersion") ? layer.path("ContentUri")
                    : layer.path("Content");
            if (asset.isTextual()) {
                out.add(asset.asText());
            } else if (content.isTextual() && !content.asText().startsWith("s3://")) {
                out.add(content.asText());
            } else {
                warn(at + "/" + i, "layer " + (ref.isEmpty() ? layers.get(i).toString() : ref) + " of function " + id
                        + " is not a local layer of this template; the function runs without it",
                        "declare it as AWS::Serverless::LayerVersion with a local ContentUri");
            }
        }
        return out;
    }

    /** Inline code as CloudFormation deploys it: one file, {@code index.js} or {@code index.py}. */
    private Path writeInline(String id, String runtime, String source) {
        String file = runtime.startsWith("python") ? "index.py" : "index.js";
        try {
            Path dir = Files.createTempDirectory("apigw-inline-" + id + "-");
            Files.writeString(dir.resolve(file), source, StandardCharsets.UTF_8);
            dir.toFile().deleteOnExit();
            dir.resolve(file).toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the inline code of " + id + ": " + e.getMessage(), e);
        }
    }

    private void warn(String pointer, String message, String hint) {
        diagnostics.add(Diagnostic.warning(RULE, template.locate(pointer), message, hint));
    }
}
