package dev.apigw.openapi.iac.sam;

import dev.apigw.model.diag.Diagnostic;
import dev.apigw.openapi.iac.CloudFormationTemplate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the SAM reader noticed about one API, located in the template: what it does not emulate, what SAM itself
 * would refuse, and references it cannot follow. Collected instead of thrown so one bad property never hides the
 * rest of the API.
 */
final class Findings {
    private final CloudFormationTemplate template;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    Findings(CloudFormationTemplate template) {
        this.template = template;
    }

    /** A property or setting that has meaning on AWS but none in the local simulation (warning). */
    void notEmulated(String pointer, String message, String hint) {
        diagnostics.add(Diagnostic.warning(SamApis.RULE_NOT_EMULATED, template.locate(pointer), message, hint));
    }

    /** Something the SAM transform would reject; the message says what apigw does instead (warning). */
    void rejected(String pointer, String message, String hint) {
        diagnostics.add(Diagnostic.warning(SamApis.RULE_SAM_REJECTS, template.locate(pointer), message, hint));
    }

    /** A reference apigw cannot follow: the route or API it belongs to is left out (error). */
    void badReference(String pointer, String message, String hint) {
        diagnostics.add(Diagnostic.error(SamApis.RULE_BAD_REFERENCE, template.locate(pointer), message, hint));
    }

    void addAll(List<Diagnostic> more) {
        diagnostics.addAll(more);
    }

    List<Diagnostic> list() {
        return List.copyOf(diagnostics);
    }
}
