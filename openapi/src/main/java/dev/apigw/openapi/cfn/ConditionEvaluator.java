package dev.apigw.openapi.cfn;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apigw.openapi.source.JsonPointers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code Fn::If} and the condition functions. A named condition comes from {@code --param Name=true|false}, else
 * from the template's Conditions section, evaluated once per resolution.
 */
final class ConditionEvaluator {

    private final Map<String, String> parameters;
    private final JsonNode conditions;
    private final ArgumentWalker walker;
    private final Map<String, Boolean> known = new HashMap<>();
    private final Set<String> inProgress = new HashSet<>();

    ConditionEvaluator(Map<String, String> parameters, JsonNode conditions, ArgumentWalker walker) {
        this.parameters = parameters;
        this.conditions = conditions;
        this.walker = walker;
    }

    /** Only the chosen branch is resolved, as in CloudFormation. */
    JsonNode ifThen(JsonNode arg, String at) {
        if (!arg.isArray() || arg.size() != 3 || !arg.get(0).isTextual()) {
            throw Functions.shape("Fn::If", "[conditionName, valueIfTrue, valueIfFalse]");
        }
        int branch = condition(arg.get(0).asText()) ? 1 : 2;
        return walker.resolve(arg.get(branch), JsonPointers.child(at, branch));
    }

    boolean equalsArgs(JsonNode args) {
        if (!args.isArray() || args.size() != 2) {
            throw Functions.shape("Fn::Equals", "[value1, value2]");
        }
        JsonNode a = args.get(0);
        JsonNode b = args.get(1);
        return a.isValueNode() && b.isValueNode() ? a.asText().equals(b.asText()) : a.equals(b);
    }

    /** {@code Fn::And}, {@code Fn::Or}, {@code Fn::Not}. */
    boolean logic(String function, JsonNode arg, String at) {
        boolean not = function.equals("Fn::Not");
        if (!arg.isArray() || arg.isEmpty() || (not && arg.size() != 1)) {
            throw Functions.shape(function, not ? "[condition]" : "[condition, ...]");
        }
        List<Boolean> values = new ArrayList<>();
        for (int i = 0; i < arg.size(); i++) {
            values.add(truth(arg.get(i), JsonPointers.child(at, i)));
        }
        if (not) {
            return !values.get(0);
        }
        return function.equals("Fn::And") ? values.stream().allMatch(v -> v) : values.stream().anyMatch(v -> v);
    }

    /** A condition operand: {@code {"Condition": name}} or a function that yields a boolean. */
    private boolean truth(JsonNode expression, String pointer) {
        if (expression.isObject() && expression.size() == 1 && expression.path("Condition").isTextual()) {
            return condition(expression.get("Condition").asText());
        }
        JsonNode value = walker.resolve(expression, pointer);
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        if (value.isTextual() && (value.asText().equals("true") || value.asText().equals("false"))) {
            return Boolean.parseBoolean(value.asText());
        }
        throw new Unresolved("a condition operand is not true or false", "use Fn::Equals or {Condition: Name}");
    }

    private boolean condition(String name) {
        String given = parameters.get(name);
        if (given != null) {
            String lower = given.toLowerCase(Locale.ROOT);
            if (lower.equals("true") || lower.equals("false")) {
                return Boolean.parseBoolean(lower);
            }
            throw new Unresolved("condition '" + name + "' was given as '" + given + "'",
                    "pass --param " + name + "=true or =false");
        }
        Boolean value = known.get(name);
        if (value != null) {
            return value;
        }
        JsonNode definition = conditions.get(name);
        if (definition == null) {
            throw new Unresolved("condition '" + name + "' is not defined"
                    + (conditions.isMissingNode() ? " (no template Conditions are in scope)" : ""),
                    "pass --param " + name + "=true or =false");
        }
        if (!inProgress.add(name)) {
            throw new Unresolved("condition '" + name + "' depends on itself", "break the cycle in Conditions");
        }
        try {
            boolean result = truth(definition, "/Conditions/" + JsonPointers.escape(name));
            known.put(name, result);
            return result;
        } finally {
            inProgress.remove(name);
        }
    }
}
