package dev.apigw.openapi.iac.resources;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apigw.model.diag.ApigwException;
import dev.apigw.openapi.cfn.DefinitionLoader;
import dev.apigw.openapi.cfn.ExtractedApi;
import dev.apigw.openapi.cfn.IntrinsicResolver;
import dev.apigw.openapi.iac.CloudFormationTemplate;
import java.util.Optional;

/**
 * A REST API's {@code Body}: inline, a JSON/YAML string, or {@code Fn::Transform AWS::Include} of a local file,
 * read as the OpenAPI importer's template extraction reads it, intrinsics resolved. {@code BodyS3Location} cannot
 * be read locally: a warning, and the API is built from its member resources alone.
 */
final class BodyDefinition {
    private final CloudFormationTemplate template;
    private final Findings findings;

    BodyDefinition(CloudFormationTemplate template, Findings findings) {
        this.template = template;
        this.findings = findings;
    }

    /** The body as a document of its own (a copy the caller may change), or empty when there is none to read. */
    Optional<ObjectNode> read(String api) {
        if (!template.resource(api).path("Properties").has("Body")) {
            if (template.resource(api).path("Properties").has("BodyS3Location")) {
                findings.notEmulated(api, "BodyS3Location", "the definition sits in S3, which apigw cannot read; "
                        + "the API has only what its AWS::ApiGateway::Resource and Method resources define",
                        "download the file next to the template and write Body: {Fn::Transform: {Name: AWS::Include, "
                                + "Parameters: {Location: ./api.yaml}}}");
            }
            return Optional.empty();
        }
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
}
