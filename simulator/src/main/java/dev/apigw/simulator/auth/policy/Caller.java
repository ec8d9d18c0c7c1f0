package dev.apigw.simulator.auth.policy;

import java.util.Optional;

/**
 * Who calls, as a resource policy's {@code Principal} is matched against it: nobody known (an unsigned request),
 * not known yet (an {@code AWS_IAM} method before its signature is checked), or a signed-in IAM identity.
 *
 * @param account the caller's AWS account id, when known
 * @param arn     the caller's ARN ({@code arn:aws:iam::123456789012:user/alice}), when known
 */
public record Caller(Kind kind, Optional<String> account, Optional<String> arn) {
    public enum Kind { ANONYMOUS, NOT_YET_KNOWN, IDENTIFIED }

    private static final Caller ANONYMOUS = new Caller(Kind.ANONYMOUS, Optional.empty(), Optional.empty());
    private static final Caller NOT_YET_KNOWN = new Caller(Kind.NOT_YET_KNOWN, Optional.empty(), Optional.empty());

    public static Caller anonymous() {
        return ANONYMOUS;
    }

    /** The method authenticates with IAM, which weighs the statements naming principals once it knows the caller. */
    public static Caller notYetKnown() {
        return NOT_YET_KNOWN;
    }

    public static Caller identified(String account, String arn) {
        return new Caller(Kind.IDENTIFIED, Optional.of(account), Optional.of(arn));
    }
}
