package dev.apigw.simulator.auth.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * An IAM policy as API Gateway evaluates it, for a Lambda authorizer's {@code policyDocument} and for the API's
 * resource policy alike: {@code Statement} is a list or one object; {@code Action} and {@code Resource} are a
 * string or a list, with {@code *} and {@code ?} wildcards; an explicit Deny beats any Allow.
 */
public record PolicyDocument(List<Statement> statements) {

    public PolicyDocument {
        statements = List.copyOf(statements);
    }

    /** Evaluates IAM-style: any applicable Deny wins, else any applicable Allow, else an implicit deny. */
    public Decision evaluate(RequestFacts facts) {
        boolean allowed = false;
        for (Statement s : statements) {
            if (s.applies(facts)) {
                if (s.effect() == Effect.DENY) {
                    return Decision.EXPLICIT_DENY;
                }
                allowed = true;
            }
        }
        return allowed ? Decision.ALLOW : Decision.IMPLICIT_DENY;
    }

    /** Conditions the simulator cannot evaluate (they never hold), to warn about in the execution log. */
    public List<Condition> unsupportedConditions() {
        return statements.stream().flatMap(s -> s.conditions().stream()).filter(c -> !c.supported()).toList();
    }

    /** A Lambda authorizer's policy: statements have no {@code Principal}. */
    public static PolicyDocument authorizerPolicy(Object document) {
        return parse(document, false, UnaryOperator.identity());
    }

    /**
     * A resource policy; {@code resources} expands API Gateway's shorthand resource form
     * ({@code execute-api:/stage/GET/path}) to the full ARN.
     */
    public static PolicyDocument resourcePolicy(Object document, UnaryOperator<String> resources) {
        return parse(document, true, resources);
    }

    /**
     * Parses plain JSON values (maps, lists, strings).
     *
     * @throws InvalidPolicyException when the document is not a policy
     */
    static PolicyDocument parse(Object document, boolean principalRequired, UnaryOperator<String> resources) {
        if (!(document instanceof Map<?, ?> map)) {
            throw new InvalidPolicyException("the policy document is not a JSON object");
        }
        Object statement = field(map, "Statement");
        if (statement == null) {
            throw new InvalidPolicyException("the policy document has no Statement");
        }
        List<?> raw = statement instanceof List<?> list ? list : List.of(statement);
        List<Statement> statements = new ArrayList<>();
        for (Object s : raw) {
            if (!(s instanceof Map<?, ?> sm)) {
                throw new InvalidPolicyException("a Statement is not a JSON object: " + s);
            }
            statements.add(statement(sm, principalRequired, resources));
        }
        return new PolicyDocument(statements);
    }

    private static Statement statement(Map<?, ?> s, boolean principalRequired, UnaryOperator<String> resources) {
        Object effect = field(s, "Effect");
        Effect e;
        if (effect instanceof String text && text.equalsIgnoreCase("Allow")) {
            e = Effect.ALLOW;
        } else if (effect instanceof String text && text.equalsIgnoreCase("Deny")) {
            e = Effect.DENY;
        } else {
            throw new InvalidPolicyException("a Statement's Effect must be Allow or Deny, not " + effect);
        }
        List<String> actions = strings(field(s, "Action"), "Action");
        List<String> arns = strings(field(s, "Resource"), "Resource").stream().map(resources).toList();
        Principals principals = principalRequired
                ? Principals.of(field(s, "Principal"), field(s, "NotPrincipal")) : Principals.any();
        return new Statement(e, actions, arns, principals, conditions(field(s, "Condition")));
    }

    private static List<Condition> conditions(Object value) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof Map<?, ?> operators)) {
            throw new InvalidPolicyException("a Statement's Condition is not a JSON object");
        }
        List<Condition> result = new ArrayList<>();
        operators.forEach((op, keys) -> {
            if (!(keys instanceof Map<?, ?> keyMap)) {
                throw new InvalidPolicyException("Condition " + op + " is not a JSON object");
            }
            keyMap.forEach((key, values) -> result.add(
                    new Condition(String.valueOf(op), String.valueOf(key), strings(values, "Condition " + op))));
        });
        return result;
    }

    private static List<String> strings(Object value, String what) {
        if (value instanceof String text) {
            return List.of(text);
        }
        if (value instanceof List<?> list && !list.isEmpty()
                && list.stream().allMatch(v -> v instanceof String)) {
            return list.stream().map(String.class::cast).toList();
        }
        throw new InvalidPolicyException("a Statement's " + what + " must be a string or a list of strings, not "
                + value);
    }

    /** IAM element names are case-sensitive in documents, but API Gateway is lenient with their case. */
    private static Object field(Map<?, ?> map, String name) {
        Object exact = map.get(name);
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (String.valueOf(e.getKey()).toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return e.getValue();
            }
        }
        return null;
    }
}
