package dev.apigw.simulator.auth.policy;

import java.util.List;

/**
 * One policy statement. {@code principals} says whom it is about: anyone for {@code "Principal": "*"} and for
 * Lambda authorizer and identity policies, which have no principal; a statement naming accounts or IAM identities
 * applies only to those callers, never to an anonymous one.
 */
public record Statement(Effect effect, List<String> actions, List<String> resources, Principals principals,
        List<Condition> conditions) {

    public Statement {
        actions = List.copyOf(actions);
        resources = List.copyOf(resources);
        conditions = List.copyOf(conditions);
    }

    boolean applies(RequestFacts facts) {
        return principals.matches(facts.caller())
                && actions.stream().anyMatch(a -> Wildcard.matches(a, facts.action(), true))
                && resources.stream().anyMatch(r -> Wildcard.matches(r, facts.resourceArn(), false))
                && conditions.stream().allMatch(c -> c.holds(facts));
    }
}
