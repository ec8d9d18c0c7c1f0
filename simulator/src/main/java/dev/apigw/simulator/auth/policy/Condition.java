package dev.apigw.simulator.auth.policy;

import java.util.List;

/**
 * One condition of a statement: an operator ({@code IpAddress}, {@code NotIpAddress}) on a key
 * ({@code aws:SourceIp}) with the values to compare. Within one key the values are OR-ed; all of a statement's
 * conditions must hold.
 */
public record Condition(String operator, String key, List<String> values) {
    public Condition {
        values = List.copyOf(values);
    }

    /** Whether the operator and key are ones the simulator evaluates. */
    public boolean supported() {
        return key.equalsIgnoreCase("aws:SourceIp")
                && (operator.equals("IpAddress") || operator.equals("NotIpAddress"));
    }

    /** Unsupported conditions never hold, so a statement the simulator cannot read applies to nobody. */
    boolean holds(RequestFacts facts) {
        if (!supported()) {
            return false;
        }
        boolean inRange = values.stream().map(Cidr::parse).flatMap(java.util.Optional::stream)
                .anyMatch(c -> c.contains(facts.sourceIp()));
        return operator.equals("IpAddress") == inRange;
    }
}
