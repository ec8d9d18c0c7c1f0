package dev.apigw.openapi.iac.v2;

import dev.apigw.model.diag.Diagnostic;
import dev.apigw.model.diag.Severity;
import dev.apigw.openapi.iac.CloudFormationTemplate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What reading one API noticed, located in the template. A property that is not emulated is said once per resource
 * and property, however many code paths come across it.
 */
final class Findings {
    private final CloudFormationTemplate template;
    private final List<Diagnostic> items = new ArrayList<>();
    private final Set<String> said = new HashSet<>();

    Findings(CloudFormationTemplate template) {
        this.template = template;
    }

    /** A property read (or accepted) but without local effect. */
    void notEmulated(V2Resource resource, String property, String why) {
        if (said.add(resource.logicalId() + "\n" + property)) {
            items.add(Diagnostic.warning(V2Types.NOT_EMULATED, template.locate(resource.at(property)),
                    resource.describe() + ": " + property + " is not emulated: " + why, ""));
        }
    }

    /** A whole resource without local effect. */
    void notEmulated(V2Resource resource, String why) {
        if (said.add(resource.logicalId())) {
            items.add(Diagnostic.warning(V2Types.NOT_EMULATED, template.locate(resource.pointer()),
                    resource.describe() + " is not emulated: " + why, ""));
        }
    }

    /** Worth knowing, but what runs locally is what AWS would run. */
    void note(V2Resource resource, String property, String message) {
        if (said.add(resource.logicalId() + "\n" + property + "\nnote")) {
            items.add(new Diagnostic(V2Types.NOT_EMULATED, Severity.INFO, template.locate(resource.at(property)),
                    resource.describe() + ": " + message, ""));
        }
    }

    /** Worth knowing about the resource as a whole. */
    void note(V2Resource resource, String message) {
        if (said.add(resource.logicalId() + "\nnote")) {
            items.add(new Diagnostic(V2Types.NOT_EMULATED, Severity.INFO, template.locate(resource.pointer()),
                    resource.describe() + ": " + message, ""));
        }
    }

    /** A reference that names no resource of the kind it must name. */
    void unresolved(V2Resource resource, String property, String message, String hint) {
        items.add(Diagnostic.error(V2Types.UNRESOLVED_REFERENCE, template.locate(resource.at(property)),
                resource.describe() + ": " + message, hint));
    }

    /** A value API Gateway would refuse at deployment. */
    void invalid(V2Resource resource, String property, String message, String hint) {
        items.add(Diagnostic.error(V2Types.INVALID_VALUE, template.locate(resource.at(property)),
                resource.describe() + ": " + message, hint));
    }

    void add(List<Diagnostic> diagnostics) {
        items.addAll(diagnostics);
    }

    List<Diagnostic> list() {
        return List.copyOf(items);
    }
}
