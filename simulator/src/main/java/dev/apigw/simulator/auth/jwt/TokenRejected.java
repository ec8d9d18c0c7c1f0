package dev.apigw.simulator.auth.jwt;

/**
 * Why a bearer token was not accepted: the reason decides the gateway response, the description goes to the
 * execution log and, for HTTP API JWT authorizers, to the {@code www-authenticate} header.
 */
public final class TokenRejected extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What was wrong with the token. */
    public enum Reason {
        MALFORMED, SIGNATURE, EXPIRED, NOT_YET_VALID, ISSUER, AUDIENCE, TOKEN_USE, SCOPE
    }

    private final Reason reason;

    public TokenRejected(Reason reason, String description) {
        super(description);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    public String description() {
        return getMessage();
    }
}
