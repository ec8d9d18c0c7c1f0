package dev.apigw.simulator.auth.policy;

import java.util.List;

/**
 * One policy statement. {@code anyPrincipal} is true for {@code "Principal": "*"} (or {@code {"AWS": "*"}}) and for
 * Lambda authorizer policies, which have no principal; a statement naming other principals does not apply to an
 * anonymous caller.
 */
public record Statement(Effect effect, List<String> actions, List<String> resources, boolean anyPrincipal,
        List<Condition> conditions) {

    public Statement {
        actions = List.copyOf(actions);
        resources = List.copyOf(resources);
        conditions = List.copyOf(conditions);
    }

    boolean applies(RequestFacts facts) {
        return anyPrincipal
                && actions.stream().anyMatch(a -> Wildcard.matches(a, facts.action(), true))
                && resources.stream().anyMatch(r -> Wildcard.matches(r, facts.resourceArn(), false))
                && conditions.stream().allMatch(c -> c.holds(facts));
    }
}
