package dev.apigw.openapi.iac.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apigw.model.diag.ApigwException;
import dev.apigw.openapi.cfn.DefinitionLoader;
import dev.apigw.openapi.cfn.ExtractedApi;
import dev.apigw.openapi.cfn.IntrinsicResolver;
import dev.apigw.openapi.iac.CloudFormationTemplate;
import dev.apigw.openapi.source.SourceDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A REST API's {@code Body}: inline, a JSON/YAML string, or {@code Fn::Transform AWS::Include} of a local file,
 * read as the OpenAPI importer's template extraction reads it, intrinsics resolved. {@code BodyS3Location} cannot
 * be read from S3; but {@code cdk synth} of a {@code SpecRestApi} with {@code ApiDefinition.fromAsset} records the
 * local file in the resource's metadata ({@code aws:asset:path}, with {@code aws:asset:property: BodyS3Location}),
 * relative to the template in {@code cdk.out}, and that file is read as API Gateway would import it (as written).
 * Otherwise a warning, and the API is built from its member resources alone.
 */
final class BodyDefinition {
    private static final String ASSET_PATH = "aws:asset:path";
    private static final String ASSET_PROPERTY = "aws:asset:property";

    private final CloudFormationTemplate template;
    private final Findings findings;

    BodyDefinition(CloudFormationTemplate template, Findings findings) {
        this.template = template;
        this.findings = findings;
    }

    /** The body as a document of its own (a copy the caller may change), or empty when there is none to read. */
    Optional<ObjectNode> read(String api) {
        JsonNode properties = template.resource(api).path("Properties");
        if (properties.has("Body")) {
            return body(api);
        }
        if (!properties.has("BodyS3Location")) {
            return Optional.empty();
        }
        Optional<ObjectNode> asset = asset(api);
        if (asset.isEmpty()) {
            findings.notEmulated(api, "BodyS3Location", "the definition sits in S3, which apigw cannot read; the API "
                    + "has only what its AWS::ApiGateway::Resource and Method resources define", "download the file "
                    + "next to the template and write Body: {Fn::Transform: {Name: AWS::Include, Parameters: "
                    + "{Location: ./api.yaml}}}");
        }
        return asset;
    }

    private Optional<ObjectNode> body(String api) {
        IntrinsicResolver resolver = IntrinsicResolver.forTemplate(template.root(), template.parameters());
        try {
            ExtractedApi body = new DefinitionLoader(template.source(), template.file(), resolver).load(api);
            body.diagnostics().forEach(findings::add);
            return Optional.of(body.body().deepCopy());
        } catch (ApigwException e) {
            if (e.diagnostics().isEmpty()) {
                findings.error(api, "Body", e.getMessage(), "make Body the OpenAPI document itself");
            }
            e.diagnostics().forEach(findings::add);
            return Optional.empty();
        }
    }

    /** The CDK asset the metadata names, when it is a local file holding an object. */
    private Optional<ObjectNode> asset(String api) {
        JsonNode metadata = template.resource(api).path("Metadata");
        if (!metadata.path(ASSET_PROPERTY).asText("").equals("BodyS3Location")
                || !metadata.path(ASSET_PATH).isTextual()) {
            return Optional.empty();
        }
        Path file = template.directory().resolve(metadata.get(ASSET_PATH).asText()).normalize();
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            SourceDocument document = SourceDocument.read(file);
            document.diagnostics().forEach(findings::add);
            if (document.root() instanceof ObjectNode root) {
                return Optional.of(root.deepCopy());
            }
            findings.error(api, "BodyS3Location", "the asset " + file + " is not an OpenAPI object",
                    "make the file the OpenAPI document itself");
        } catch (ApigwException e) {
            e.diagnostics().forEach(findings::add);
        }
        return Optional.empty();
    }
}
