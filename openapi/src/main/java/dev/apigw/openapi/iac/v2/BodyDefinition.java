package dev.apigw.openapi.iac.v2;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apigw.model.diag.ApigwException;
import dev.apigw.openapi.cfn.DefinitionLoader;
import dev.apigw.openapi.cfn.ExtractedApi;
import dev.apigw.openapi.cfn.IntrinsicResolver;
import dev.apigw.openapi.iac.CloudFormationTemplate;
import java.util.Optional;

/**
 * An HTTP API imported from OpenAPI: its {@code Body} (inline, a string, or {@code Fn::Transform AWS::Include} of a
 * local file), read as the CloudFormation extractor reads it. {@code BodyS3Location} lives in S3, which a local
 * run cannot read.
 */
final class BodyDefinition {
    private BodyDefinition() {
    }

    /** The definition, or empty when there is none or it cannot be read (then with the reason in findings). */
    static Optional<ObjectNode> load(CloudFormationTemplate template, V2Resource api, Findings findings) {
        if (!api.has("Body")) {
            if (api.has("BodyS3Location")) {
                findings.notEmulated(api, "BodyS3Location", "the definition is in S3, which apigw cannot read;"
                        + " download it next to the template and use Body with Fn::Transform AWS::Include, or"
                        + " inline it");
            }
            return Optional.empty();
        }
        IntrinsicResolver resolver = IntrinsicResolver.forTemplate(template.root(), template.parameters());
        try {
            ExtractedApi extracted = new DefinitionLoader(template.source(), template.file(), resolver)
                    .load(api.logicalId());
            findings.add(extracted.diagnostics());
            return Optional.of(((ObjectNode) extracted.body()).deepCopy());
        } catch (ApigwException e) {
            findings.add(e.diagnostics());
            return Optional.empty();
        }
    }
}
