package dev.apigw.simulator.auth.policy;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A resource-policy statement's {@code Principal} (or {@code NotPrincipal}). Only {@code "AWS"} principals can be
 * callers of an API: {@code "*"}, an account ({@code "123456789012"} or {@code "arn:aws:iam::123456789012:root"},
 * meaning every identity of that account) or an IAM ARN (a user or role, matched exactly). {@code Service},
 * {@code Federated} and {@code CanonicalUser} principals never match a caller here.
 */
public record Principals(boolean anyone, List<String> aws, boolean negated) {
    private static final Principals ANYONE = new Principals(true, List.of(), false);
    private static final Principals NO_ONE = new Principals(false, List.of(), false);

    public Principals {
        aws = List.copyOf(aws);
    }

    /** Lambda authorizer and identity policies: no principal, every statement is about the caller. */
    static Principals any() {
        return ANYONE;
    }

    /** From a statement; a statement with neither element applies to no one. */
    static Principals of(Object principal, Object notPrincipal) {
        if (notPrincipal != null) {
            Principals listed = parse(notPrincipal, "NotPrincipal");
            return new Principals(listed.anyone, listed.aws, true);
        }
        return principal == null ? NO_ONE : parse(principal, "Principal");
    }

    private static Principals parse(Object value, String element) {
        if ("*".equals(value)) {
            return ANYONE;
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new InvalidPolicyException("a Statement's " + element + " must be \"*\" or an object such as "
                    + "{\"AWS\": \"arn:aws:iam::123456789012:root\"}, not " + value);
        }
        Object aws = map.get("AWS");
        if (aws == null) {
            return NO_ONE;
        }
        List<String> entries = aws instanceof String text ? List.of(text)
                : aws instanceof List<?> list && list.stream().allMatch(v -> v instanceof String)
                        ? list.stream().map(String.class::cast).map(String::trim).toList()
                        : null;
        if (entries == null) {
            throw new InvalidPolicyException("a Statement's " + element + ".AWS must be a string or a list of "
                    + "strings, not " + aws);
        }
        return entries.contains("*") ? ANYONE : new Principals(false, entries, false);
    }

    /**
     * Whether the statement is about this caller. A caller not known yet matches only statements about anyone:
     * the others are weighed again once IAM has identified the caller.
     */
    boolean matches(Caller caller) {
        if (caller.kind() == Caller.Kind.NOT_YET_KNOWN) {
            return anyone && !negated;
        }
        boolean listed = anyone || aws.stream().anyMatch(p -> names(p, caller));
        return negated != listed;
    }

    private static boolean names(String principal, Caller caller) {
        if (caller.kind() != Caller.Kind.IDENTIFIED) {
            return false;
        }
        Optional<String> account = accountOf(principal);
        if (account.isPresent()) {
            return caller.account().equals(account);
        }
        return caller.arn().filter(principal::equals).isPresent();
    }

    /** {@code 123456789012} or {@code arn:aws:iam::123456789012:root}: the whole account. */
    private static Optional<String> accountOf(String principal) {
        if (principal.matches("\\d{12}")) {
            return Optional.of(principal);
        }
        if (principal.startsWith("arn:aws:iam::") && principal.endsWith(":root")) {
            return Optional.of(principal.substring("arn:aws:iam::".length(), principal.length() - ":root".length()));
        }
        return Optional.empty();
    }
}
