package dev.apigw.simulator.auth.policy;

/** What a policy says about one request: IAM's three outcomes. */
public enum Decision {
    /** A statement allows it and none denies it. */
    ALLOW,
    /** A statement denies it: this beats every Allow. */
    EXPLICIT_DENY,
    /** No statement applies. */
    IMPLICIT_DENY
}
