package dev.apigw.openapi.cfn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.apigw.openapi.source.JsonPointers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code Fn::Sub}, all or nothing: if one {@code ${...}} is unknown the whole string is kept, so API Gateway text in
 * it ({@code ${stageVariables.x}}, VTL) is never half-substituted.
 */
final class SubFunction {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> API_GATEWAY_PREFIXES = List.of("stageVariables.", "context.", "input.",
            "util.", "request.", "method.", "integration.", "stage.");

    private final References references;
    private final ArgumentWalker walker;

    SubFunction(References references, ArgumentWalker walker) {
        this.references = references;
        this.walker = walker;
    }

    JsonNode evaluate(JsonNode arg, String at) {
        String text;
        JsonNode variables = NODES.objectNode();
        if (arg.isTextual()) {
            text = arg.asText();
        } else if (arg.isArray() && arg.size() == 2 && arg.get(0).isTextual() && arg.get(1).isObject()) {
            text = arg.get(0).asText();
            variables = walker.resolve(arg.get(1), JsonPointers.child(at, 1));
        } else {
            throw Functions.shape("Fn::Sub", "a string or [string, {name: value, ...}]");
        }
        SubTemplate template = SubTemplate.parse(text);
        Map<String, String> values = new HashMap<>();
        Map<String, Unresolved> unknown = new LinkedHashMap<>();
        for (String name : template.variables()) {
            if (variables.has(name)) {
                values.put(name, Functions.scalar("Fn::Sub variable " + name, variables.get(name)));
                continue;
            }
            try {
                values.put(name, value(name));
            } catch (Unresolved e) {
                unknown.put(name, e);
            }
        }
        if (!unknown.isEmpty()) {
            throw unknownVariables(unknown);
        }
        return NODES.textNode(template.render(values::get));
    }

    /**
     * {@code ${A.B}} is {@code Fn::GetAtt [A, B]}, any other name is {@code Ref}. A failing
     * {@code ${stageVariables.x}} and the like get their own explanation: it is API Gateway syntax.
     */
    private String value(String name) {
        try {
            int dot = name.indexOf('.');
            if (dot > 0) {
                return references.getAtt(name.substring(0, dot), name.substring(dot + 1));
            }
            JsonNode value = references.ref(name);
            if (!value.isValueNode()) {
                throw new Unresolved("not a single string", "use Fn::Join to make one string of a list");
            }
            return value.asText();
        } catch (Unresolved e) {
            if (API_GATEWAY_PREFIXES.stream().anyMatch(name::startsWith)) {
                throw new Unresolved("API Gateway's own variable, which CloudFormation rejects unescaped",
                        "write ${!" + name + "} so CloudFormation leaves it for API Gateway");
            }
            throw e;
        }
    }

    /** One failure naming every variable that could not be substituted and why, with each fix once. */
    private static Unresolved unknownVariables(Map<String, Unresolved> unknown) {
        List<String> reasons = new ArrayList<>();
        Set<String> hints = new LinkedHashSet<>();
        unknown.forEach((name, e) -> {
            reasons.add("${" + name + "}: " + e.reason());
            hints.add(e.hint());
        });
        return new Unresolved("cannot substitute " + String.join("; ", reasons), String.join("; ", hints));
    }
}
