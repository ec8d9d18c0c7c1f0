package dev.apigw.openapi.cfn;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apigw.model.diag.Diagnostic;
import dev.apigw.model.diag.Diagnostics;
import dev.apigw.openapi.source.JsonPointers;
import dev.apigw.openapi.source.SourceDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the definition of one chosen API resource: inline, through {@code AWS::Include}, or from a local
 * {@code DefinitionUri}; then resolves its intrinsics against the template. Public for the template readers in
 * {@code iac}, which load an {@code AWS::ApiGatewayV2::Api} {@code Body} the same way the extractor does.
 */
public final class DefinitionLoader {

    private final SourceDocument template;
    private final Path templateDir;
    private final IntrinsicResolver resolver;

    public DefinitionLoader(SourceDocument template, Path templatePath, IntrinsicResolver resolver) {
        this.template = template;
        Path parent = templatePath.toAbsolutePath().getParent();
        this.templateDir = parent == null ? Path.of("") : parent;
        this.resolver = resolver;
    }

    /**
     * For readers of a whole template ({@code iac}): the same reading as {@code apigw import} does for one API
     * resource, with intrinsics resolved against {@code parameters}.
     */
    public static DefinitionLoader forTemplate(SourceDocument template, Path templatePath,
            Map<String, String> parameters) {
        return new DefinitionLoader(template, templatePath, IntrinsicResolver.forTemplate(template.root(),
                parameters));
    }

    /**
     * The definition of resource {@code id}, which must carry one (Body/DefinitionBody or a local file).
     *
     * @throws dev.apigw.model.diag.ApigwException INPUT when it points to S3, to a missing file, or is no object
     */
    public ExtractedApi load(String id) {
        JsonNode resource = template.root().path("Resources").path(id);
        ApiResourceKind kind = ApiResourceKind.of(resource).orElseThrow();
        String properties = JsonPointers.child(JsonPointers.child("/Resources", id), "Properties");
        JsonNode props = resource.path("Properties");
        if (props.has(kind.inlineProperty())) {
            String pointer = JsonPointers.child(properties, kind.inlineProperty());
            JsonNode body = props.get(kind.inlineProperty());
            JsonNode location = includeLocation(body);
            if (location != null) {
                String at = JsonPointers.child(pointer, "Fn::Transform") + "/Parameters/Location";
                return fromFile(id, kind, location, at, true);
            }
            return inline(id, kind, body, pointer);
        }
        String pointer = JsonPointers.child(properties, kind.locationProperty());
        if (kind.locationProperty().equals("BodyS3Location")) {
            throw s3(pointer, kind.locationProperty());
        }
        return fromFile(id, kind, props.get(kind.locationProperty()), pointer, false);
    }

    private ExtractedApi inline(String id, ApiResourceKind kind, JsonNode body, String pointer) {
        if (body.isTextual()) {
            // CloudFormation also accepts the definition as a JSON/YAML string; parse it as its own document
            SourceDocument text = SourceDocument.parse(template.file() + "#" + pointer, body.asText());
            return resolved(id, kind, text, "", text.root(), List.of());
        }
        return resolved(id, kind, template, pointer, body, template.diagnostics().stream()
                .filter(d -> isUnder(d.location().pointer(), pointer)).toList());
    }

    /** The {@code Location} of {@code {"Fn::Transform": {"Name": "AWS::Include", ...}}}, or null. */
    private static JsonNode includeLocation(JsonNode body) {
        JsonNode transform = body.path("Fn::Transform");
        if (body.size() != 1 || !transform.path("Name").asText("").equals("AWS::Include")) {
            return null;
        }
        return transform.path("Parameters").path("Location");
    }

    /**
     * A definition in a local file: an {@code AWS::Include} location (CloudFormation inserts it before resolving,
     * so intrinsics in it are resolved) or a {@code DefinitionUri} (SAM copies it as is: intrinsics are resolved
     * for convenience, with a warning that AWS would not).
     */
    private ExtractedApi fromFile(String id, ApiResourceKind kind, JsonNode locationNode, String pointer,
            boolean include) {
        Diagnostics sink = new Diagnostics();
        JsonNode location = resolver.resolve(locationNode, template, pointer, sink);
        String what = include ? "the AWS::Include Location" : kind.locationProperty();
        if (location.isObject() && (location.has("Bucket") || location.has("Key"))) {
            throw s3(pointer, what);
        }
        if (!location.isTextual()) {
            String why = sink.list().isEmpty() ? "" : " (" + sink.list().get(0).message() + ")";
            throw TemplateProblems.input(template, pointer, what + " of '" + id + "' is not a file path" + why,
                    "write a path relative to the template, e.g. ./api.yaml");
        }
        String path = location.asText();
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.startsWith("s3://") || lower.startsWith("https://") || lower.startsWith("http://")) {
            throw s3(pointer, what + " '" + path + "'");
        }
        Path file = templateDir.resolve(path).normalize();
        if (!Files.isRegularFile(file)) {
            throw TemplateProblems.input(template, pointer, what + " of '" + id + "' points to " + path
                    + ", which does not exist (looked for " + file + ")",
                    "paths are relative to the template's folder");
        }
        SourceDocument source = SourceDocument.read(file);
        List<Diagnostic> extra = new ArrayList<>(source.diagnostics());
        if (!include && IntrinsicResolver.containsIntrinsics(source.root())) {
            extra.add(Diagnostic.warning(TemplateProblems.INTRINSICS_IN_DEFINITION_URI, template.locate(pointer),
                    path + " uses intrinsic functions; apigw resolves them, but SAM does not for DefinitionUri"
                            + " files, so the deployed API would contain them verbatim",
                    "use DefinitionBody with Fn::Transform AWS::Include, which CloudFormation resolves"));
        }
        return resolved(id, kind, source, "", source.root(), extra);
    }

    private ExtractedApi resolved(String id, ApiResourceKind kind, SourceDocument source, String pointer,
            JsonNode body, List<Diagnostic> earlier) {
        Diagnostics sink = new Diagnostics();
        sink.addAll(earlier);
        JsonNode resolvedBody = resolver.resolve(body, source, pointer, sink);
        if (!resolvedBody.isObject()) {
            throw TemplateProblems.input(source, pointer, "the definition of '" + id + "' is not an OpenAPI object"
                    + (resolvedBody.isMissingNode() ? "" : " (an intrinsic function around it is left unresolved)"),
                    "make " + kind.inlineProperty() + " the OpenAPI document itself");
        }
        return new ExtractedApi(id, kind.type(), kind.httpApi(), source, pointer, resolvedBody, sink.list());
    }

    private RuntimeException s3(String pointer, String what) {
        return TemplateProblems.input(template, pointer, what + " points to S3, which apigw cannot read; only"
                + " inline definitions and local files work", "download the file next to the template and use a"
                + " local path (DefinitionUri: ./api.yaml), or inline it as Body/DefinitionBody");
    }

    private static boolean isUnder(String pointer, String root) {
        return pointer.equals(root) || pointer.startsWith(root + "/");
    }
}
