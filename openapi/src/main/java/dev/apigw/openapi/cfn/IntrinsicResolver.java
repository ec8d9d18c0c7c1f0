package dev.apigw.openapi.cfn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apigw.model.diag.Diagnostic;
import dev.apigw.model.diag.Diagnostics;
import dev.apigw.model.diag.SourceLocation;
import dev.apigw.openapi.source.JsonPointers;
import dev.apigw.openapi.source.SourceDocument;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Resolves CloudFormation intrinsic functions inside a JSON tree, the way CloudFormation would with the values it
 * knows locally. What cannot be resolved stays exactly as written, with one warning, so the importer can still
 * read the rest and the user learns which {@code --param} to pass.
 */
public final class IntrinsicResolver {

    /** An intrinsic function kept verbatim because its value is not known locally (warning). */
    public static final String RULE_UNRESOLVED = "APIGW-IMPORT-002";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final References references;
    private final Map<String, String> parameters;
    private final JsonNode mappings;
    private final JsonNode conditions;

    /**
     * @param parameters values from {@code --param Name=value}: template parameters, pseudo parameters
     *     ({@code AWS::Region}), resource names and {@code Resource.Attribute} values
     * @param resourceTypes logical id to {@code AWS::} type; empty when not from a template
     * @param templateParameters the template's {@code Parameters} section, for Default values and types
     */
    public IntrinsicResolver(Map<String, String> parameters, Map<String, String> resourceTypes,
            Map<String, JsonNode> templateParameters) {
        this(parameters, resourceTypes, templateParameters, MissingNode.getInstance(), MissingNode.getInstance());
    }

    /** As above, plus the template's {@code Mappings} and {@code Conditions} sections (missing node if none). */
    public IntrinsicResolver(Map<String, String> parameters, Map<String, String> resourceTypes,
            Map<String, JsonNode> templateParameters, JsonNode mappings, JsonNode conditions) {
        this.parameters = Map.copyOf(parameters);
        this.references = new References(parameters, resourceTypes, templateParameters);
        this.mappings = mappings == null ? MissingNode.getInstance() : mappings;
        this.conditions = conditions == null ? MissingNode.getInstance() : conditions;
    }

    /** For a document outside any template: only {@code --param} values and pseudo parameters are known. */
    public static IntrinsicResolver standalone(Map<String, String> parameters) {
        return new IntrinsicResolver(parameters, Map.of(), Map.of());
    }

    /** For a document inside (or included by) a template: its resources, parameters, mappings and conditions. */
    public static IntrinsicResolver forTemplate(JsonNode template, Map<String, String> parameters) {
        Map<String, JsonNode> templateParameters = new LinkedHashMap<>();
        template.path("Parameters").fields().forEachRemaining(e -> templateParameters.put(e.getKey(), e.getValue()));
        return new IntrinsicResolver(parameters, TemplateResources.types(template), templateParameters,
                template.path("Mappings"), template.path("Conditions"));
    }

    /**
     * Returns a copy of {@code node} with every resolvable intrinsic replaced by its value (nested ones inside-out).
     * An unresolvable one stays verbatim and adds one warning, located through {@code doc.locate}. A property whose
     * value is {@code AWS::NoValue} is removed, as CloudFormation does; if {@code node} itself is, the result is a
     * missing node.
     *
     * @param doc where {@code node} comes from, for warning positions; may be null
     * @param pointer the JSON pointer of {@code node} inside {@code doc}
     */
    public JsonNode resolve(JsonNode node, SourceDocument doc, String pointer, Diagnostics sink) {
        return new Run(doc, sink).walk(node, JsonPointers.normalize(pointer), false);
    }

    /** Whether any intrinsic function appears in the tree (used to warn where CloudFormation would not resolve). */
    public static boolean containsIntrinsics(JsonNode node) {
        if (functionName(node) != null) {
            return true;
        }
        for (JsonNode child : node) {
            if (containsIntrinsics(child)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The function a node calls, or null. {@code Ref} counts only with a string (or intrinsic) argument, so an
     * OpenAPI schema property that happens to be called "Ref" is left alone.
     */
    static String functionName(JsonNode node) {
        if (!node.isObject() || node.size() != 1) {
            return null;
        }
        String key = node.fieldNames().next();
        if (key.startsWith("Fn::")) {
            return key;
        }
        if (key.equals("Ref")) {
            JsonNode arg = node.get(key);
            return arg.isTextual() || functionName(arg) != null ? key : null;
        }
        return null;
    }

    /** One resolution: the document and sink it reports to, and condition values computed so far. */
    private final class Run {
        private final SourceDocument doc;
        private final Diagnostics sink;
        private final ArgumentWalker arguments = (node, pointer) -> walk(node, pointer, true);
        private final SubFunction sub = new SubFunction(references, arguments);
        private final ConditionEvaluator conditionEvaluator = new ConditionEvaluator(parameters, conditions,
                arguments);

        Run(SourceDocument doc, Diagnostics sink) {
            this.doc = doc;
            this.sink = sink;
        }

        /**
         * Outside intrinsic arguments ({@code strict} false) a failure is caught at the intrinsic and reported;
         * inside, it propagates so the outermost intrinsic is the one kept verbatim.
         */
        JsonNode walk(JsonNode node, String pointer, boolean strict) {
            String function = functionName(node);
            if (function != null) {
                String at = JsonPointers.child(pointer, function);
                if (strict) {
                    return call(function, node.get(function), at);
                }
                try {
                    return call(function, node.get(function), at);
                } catch (Unresolved e) {
                    report(function, e, at);
                    return node.deepCopy();
                }
            }
            if (node.isObject()) {
                ObjectNode out = NODES.objectNode();
                Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    JsonNode value = walk(field.getValue(), JsonPointers.child(pointer, field.getKey()), strict);
                    if (!value.isMissingNode()) {
                        out.set(field.getKey(), value);
                    }
                }
                return out;
            }
            if (node.isArray()) {
                ArrayNode out = NODES.arrayNode();
                for (int i = 0; i < node.size(); i++) {
                    JsonNode value = walk(node.get(i), JsonPointers.child(pointer, i), strict);
                    if (!value.isMissingNode()) {
                        out.add(value);
                    }
                }
                return out;
            }
            return node; // value nodes are immutable, sharing them is a copy
        }

        private JsonNode call(String function, JsonNode arg, String at) {
            try {
                return evaluate(function, arg, at);
            } catch (Unresolved e) {
                throw e.at(at);
            }
        }

        private JsonNode evaluate(String function, JsonNode arg, String at) {
            switch (function) {
                case "Ref":
                    return references.ref(Functions.scalar("Ref", walk(arg, at, true)));
                case "Fn::GetAtt":
                    return getAtt(walk(arg, at, true));
                case "Fn::Sub":
                    return sub.evaluate(arg, at);
                case "Fn::If":
                    return conditionEvaluator.ifThen(arg, at);
                case "Fn::Equals":
                    return NODES.booleanNode(conditionEvaluator.equalsArgs(walk(arg, at, true)));
                case "Fn::And":
                case "Fn::Or":
                case "Fn::Not":
                    return NODES.booleanNode(conditionEvaluator.logic(function, arg, at));
                case "Fn::FindInMap":
                    return Functions.findInMap(walk(arg, at, true), mappings);
                case "Fn::ImportValue":
                    return references.importValue(Functions.scalar(function, walk(arg, at, true)));
                case "Fn::Join":
                    return Functions.join(walk(arg, at, true));
                case "Fn::Select":
                    return Functions.select(walk(arg, at, true));
                case "Fn::Split":
                    return Functions.split(walk(arg, at, true));
                case "Fn::Base64":
                    return Functions.base64(walk(arg, at, true));
                case "Fn::GetAZs":
                    return Functions.getAzs(walk(arg, at, true), references.env());
                case "Fn::Cidr":
                    return Functions.cidr(walk(arg, at, true));
                case "Fn::Length":
                    return Functions.length(walk(arg, at, true));
                case "Fn::ToJsonString":
                    return Functions.toJsonString(walk(arg, at, true));
                case "Fn::Transform":
                    throw new Unresolved("Fn::Transform runs the macro '" + arg.path("Name").asText("?")
                            + "' inside CloudFormation",
                            "inline the content; AWS::Include with a local Location is supported for a whole"
                                    + " Body/DefinitionBody");
                default:
                    throw new Unresolved(function + " is not a function apigw can evaluate",
                            "replace it with its value");
            }
        }

        private JsonNode getAtt(JsonNode args) {
            if (args.isTextual() && args.asText().contains(".")) {
                String text = args.asText();
                int dot = text.indexOf('.');
                return NODES.textNode(references.getAtt(text.substring(0, dot), text.substring(dot + 1)));
            }
            if (!args.isArray() || args.size() != 2) {
                throw Functions.shape("Fn::GetAtt", "[logicalId, attribute]");
            }
            return NODES.textNode(references.getAtt(Functions.scalar("Fn::GetAtt", args.get(0)),
                    Functions.scalar("Fn::GetAtt", args.get(1))));
        }

        private void report(String function, Unresolved e, String at) {
            String where = e.pointer() == null ? at : e.pointer();
            SourceLocation location = doc == null ? SourceLocation.of("", where) : doc.locate(where);
            sink.add(Diagnostic.warning(RULE_UNRESOLVED, location,
                    function + " is kept as written: " + e.reason(), e.hint()));
        }
    }
}
