package dev.apigw.openapi.iac.resources;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apigw.model.diag.Diagnostic;
import dev.apigw.model.diag.Severity;
import dev.apigw.openapi.iac.CloudFormationTemplate;
import dev.apigw.openapi.source.JsonPointers;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What reading one REST API noticed, located in the template. A property that is not emulated is said once per
 * resource and property (a list of method settings with the same unsupported key gives one warning, not one per
 * entry), so a large CDK template does not drown the one finding that matters.
 */
final class Findings {
    /** A resource type or property apigw does not act on (warning). */
    static final String NOT_EMULATED = "APIGW-TEMPLATE-001";
    /** A reference between API Gateway resources that names nothing usable (error). */
    static final String UNRESOLVED_REFERENCE = "APIGW-TEMPLATE-010";
    /** A value CloudFormation would generate, made up locally (info). */
    static final String LOCAL_VALUE = "APIGW-TEMPLATE-011";
    /** A property whose value API Gateway would reject or that cannot be read (warning or error). */
    static final String INVALID = "APIGW-TEMPLATE-012";

    private final CloudFormationTemplate template;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Set<String> said = new HashSet<>();

    Findings(CloudFormationTemplate template) {
        this.template = template;
    }

    /** The pointer of a property path ({@code Integration/ConnectionType}) of a resource. */
    static String pointer(String logicalId, String property) {
        String base = JsonPointers.child(CloudFormationTemplate.pointer(logicalId), "Properties");
        if (property.isEmpty()) {
            return base;
        }
        StringBuilder out = new StringBuilder(base);
        for (String segment : property.split("/")) {
            out.append('/').append(JsonPointers.escape(segment));
        }
        return out.toString();
    }

    /**
     * Warns about every property of {@code properties} not in {@code read}, once per resource and property name.
     *
     * @param at the property path of {@code properties} inside the resource ({@code ""} for the resource itself)
     */
    void unknownProperties(String logicalId, JsonNode properties, Set<String> read, String at) {
        properties.fieldNames().forEachRemaining(name -> {
            if (!read.contains(name)) {
                notEmulated(logicalId, join(at, name), name + " is not emulated; apigw ignores it", "");
            }
        });
    }

    /** One warning per resource and property (indices in {@code property} do not count as different). */
    void notEmulated(String logicalId, String property, String message, String hint) {
        String key = logicalId + "/" + property.replaceAll("/\\d+(?=/|$)", "/*");
        if (said.add(key)) {
            add(Severity.WARNING, NOT_EMULATED, pointer(logicalId, property),
                    type(logicalId) + " '" + logicalId + "': " + message, hint);
        }
    }

    /** A whole resource apigw does not read. */
    void resourceNotEmulated(String logicalId, String why) {
        if (said.add(logicalId)) {
            add(Severity.WARNING, NOT_EMULATED, CloudFormationTemplate.pointer(logicalId),
                    type(logicalId) + " '" + logicalId + "' is not emulated: " + why, "");
        }
    }

    void unresolved(String logicalId, String property, String message, String hint) {
        about(Severity.ERROR, UNRESOLVED_REFERENCE, logicalId, property, message, hint);
    }

    void invalid(String logicalId, String property, String message, String hint) {
        about(Severity.WARNING, INVALID, logicalId, property, message, hint);
    }

    void error(String logicalId, String property, String message, String hint) {
        about(Severity.ERROR, INVALID, logicalId, property, message, hint);
    }

    void info(String logicalId, String property, String message, String hint) {
        about(Severity.INFO, LOCAL_VALUE, logicalId, property, message, hint);
    }

    /** Worth knowing, but API Gateway behaves the same (info). */
    void notice(String logicalId, String property, String message, String hint) {
        about(Severity.INFO, INVALID, logicalId, property, message, hint);
    }

    /** A finding about one property of a resource, its message led by the resource's type and logical id. */
    private void about(Severity severity, String rule, String logicalId, String property, String message,
            String hint) {
        add(severity, rule, pointer(logicalId, property), type(logicalId) + " '" + logicalId + "': " + message, hint);
    }

    void add(Diagnostic diagnostic) {
        diagnostics.add(diagnostic);
    }

    List<Diagnostic> list() {
        return List.copyOf(diagnostics);
    }

    private void add(Severity severity, String rule, String pointer, String message, String hint) {
        diagnostics.add(new Diagnostic(rule, severity, template.locate(pointer), message, hint));
    }

    private String type(String logicalId) {
        return template.resourceTypes().getOrDefault(logicalId, "resource");
    }

    private static String join(String at, String name) {
        return at.isEmpty() ? name : at + "/" + name;
    }
}
