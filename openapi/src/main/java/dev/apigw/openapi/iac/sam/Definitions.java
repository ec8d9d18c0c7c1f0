package dev.apigw.openapi.iac.sam;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apigw.model.diag.ApigwException;
import dev.apigw.openapi.cfn.DefinitionLoader;
import dev.apigw.openapi.cfn.ExtractedApi;
import dev.apigw.openapi.iac.CloudFormationTemplate;
import java.util.Optional;

/**
 * Where an API's definition starts from: the {@code DefinitionBody} written in the template (or included with
 * {@code AWS::Include}), a local {@code DefinitionUri} file, or, for APIs with neither, the empty document SAM
 * generates and fills from the events.
 */
final class Definitions {
    /** How the definition was given; SAM edits a generated one freely and an inline one mostly. */
    enum Kind { GENERATED, INLINE, FILE }

    /** The starting document, empty when it cannot be read (the findings say why). */
    record Source(Optional<OpenApiDoc> doc, Kind kind) {
    }

    private final CloudFormationTemplate template;
    private final DefinitionLoader loader;
    private final LambdaArns arns;

    Definitions(CloudFormationTemplate template, LambdaArns arns) {
        this.template = template;
        this.loader = DefinitionLoader.forTemplate(template.source(), template.file(), template.parameters());
        this.arns = arns;
    }

    /** {@code openApi3Version}: the version SAM gives a generated definition; empty for Swagger 2.0. */
    Source read(SamResource api, Optional<String> openApi3Version, Findings findings) {
        boolean body = api.writes("DefinitionBody");
        boolean file = api.writes("DefinitionUri");
        if (!body && !file) {
            if (api.has("DefinitionUri")) {
                findings.notEmulated(api.pointer("DefinitionUri"), "a DefinitionUri set in Globals is not read;"
                        + " " + api.logicalId() + " is built from its events as if it had no definition",
                        "set DefinitionUri on the resource itself");
            }
            return new Source(Optional.of(OpenApiDoc.skeleton(openApi3Version, arns.stackName())), Kind.GENERATED);
        }
        if (body && file) {
            findings.rejected(api.pointer("DefinitionUri"), "SAM rejects " + api.logicalId() + ": it sets both"
                    + " DefinitionBody and DefinitionUri; apigw reads the DefinitionBody", "keep only one of them");
        }
        try {
            ExtractedApi extracted = loader.load(api.logicalId());
            findings.addAll(extracted.diagnostics());
            ObjectNode root = (ObjectNode) extracted.body().deepCopy();
            return new Source(Optional.of(new OpenApiDoc(root)), body ? Kind.INLINE : Kind.FILE);
        } catch (ApigwException e) {
            if (e.diagnostics().isEmpty()) {
                findings.badReference(api.pointer(body ? "DefinitionBody" : "DefinitionUri"), e.getMessage(),
                        "fix the definition of " + api.logicalId());
            } else {
                findings.addAll(e.diagnostics());
            }
            return new Source(Optional.empty(), body ? Kind.INLINE : Kind.FILE);
        }
    }

    CloudFormationTemplate template() {
        return template;
    }
}
