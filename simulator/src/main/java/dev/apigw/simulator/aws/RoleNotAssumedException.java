package dev.apigw.simulator.aws;

/** STS did not hand out credentials for a role: it refused, was unreachable, or answered something unreadable. */
public final class RoleNotAssumedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RoleNotAssumedException(String reason) {
        super(reason);
    }
}
