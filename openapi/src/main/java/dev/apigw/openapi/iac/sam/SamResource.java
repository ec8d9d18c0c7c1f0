package dev.apigw.openapi.iac.sam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apigw.openapi.iac.CloudFormationTemplate;
import dev.apigw.openapi.source.JsonPointers;
import java.util.Optional;
import java.util.Set;

/**
 * One {@code AWS::Serverless::Api} or {@code AWS::Serverless::HttpApi} as the SAM transform sees it: its
 * properties with intrinsics resolved and {@code Globals} merged in. Implicit APIs ({@code ServerlessRestApi},
 * {@code ServerlessHttpApi}) have no resource of their own; their diagnostics point at the globals that configure
 * them or at the first event that created them.
 */
final class SamResource {
    static final String REST = "Api";
    static final String HTTP = "HttpApi";
    /** Read separately, from the raw template: the definition may be an AWS::Include or a file. */
    private static final Set<String> DEFINITION = Set.of("DefinitionBody", "DefinitionUri");

    private final CloudFormationTemplate template;
    private final String logicalId;
    private final String kind;
    private final ObjectNode properties;
    private final boolean implicit;
    private final String origin;

    private SamResource(CloudFormationTemplate template, String logicalId, String kind, ObjectNode properties,
            boolean implicit, String origin) {
        this.template = template;
        this.logicalId = logicalId;
        this.kind = kind;
        this.properties = properties;
        this.implicit = implicit;
        this.origin = origin;
    }

    /** An API resource written in the template. */
    static SamResource explicit(CloudFormationTemplate template, SamGlobals globals, String logicalId, String kind) {
        ObjectNode own = JsonNodeFactory.instance.objectNode();
        String base = JsonPointers.child(CloudFormationTemplate.pointer(logicalId), "Properties");
        template.resource(logicalId).path("Properties").fields().forEachRemaining(e -> {
            if (!DEFINITION.contains(e.getKey())) {
                JsonNode value = template.resolve(e.getValue(), JsonPointers.child(base, e.getKey()));
                if (!value.isMissingNode()) {
                    own.set(e.getKey(), value);
                }
            }
        });
        return new SamResource(template, logicalId, kind, globals.apply(kind, logicalId, own), false,
                CloudFormationTemplate.pointer(logicalId));
    }

    /** SAM's implicit API, created by the event at {@code origin}; its only own property is the stage name. */
    static SamResource implicit(CloudFormationTemplate template, SamGlobals globals, String logicalId, String kind,
            String origin) {
        ObjectNode own = JsonNodeFactory.instance.objectNode();
        if (kind.equals(REST)) {
            own.put("StageName", "Prod");
        }
        return new SamResource(template, logicalId, kind, globals.apply(kind, logicalId, own), true, origin);
    }

    String logicalId() {
        return logicalId;
    }

    boolean isHttp() {
        return kind.equals(HTTP);
    }

    boolean isImplicit() {
        return implicit;
    }

    /** Where the API is defined: its resource, or the event that created an implicit API. */
    String pointer() {
        return origin;
    }

    ObjectNode properties() {
        return properties;
    }

    JsonNode get(String name) {
        return properties.path(name);
    }

    boolean has(String name) {
        return properties.has(name) && !properties.get(name).isNull();
    }

    Optional<String> text(String name) {
        JsonNode value = properties.path(name);
        return value.isValueNode() && !value.isNull() ? Optional.of(value.asText()) : Optional.empty();
    }

    /** Whether the resource as written (not its globals) has this property; the definition properties included. */
    boolean writes(String name) {
        return !implicit && template.resource(logicalId).path("Properties").has(name);
    }

    /**
     * The pointer of a property path for diagnostics: in the resource when it writes it, else in {@code Globals}
     * when that sets it, else the API itself.
     */
    String pointer(String... path) {
        String own = JsonPointers.child(CloudFormationTemplate.pointer(logicalId), "Properties");
        String global = JsonPointers.child("/Globals", kind);
        for (String segment : path) {
            own = JsonPointers.child(own, segment);
            global = JsonPointers.child(global, segment);
        }
        if (!implicit && !template.root().at(own).isMissingNode()) {
            return own;
        }
        if (!template.root().at(global).isMissingNode()) {
            return global;
        }
        return implicit ? origin : own;
    }
}
