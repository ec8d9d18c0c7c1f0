package dev.apigw.simulator.auth.policy;

/** A statement's {@code Effect}. */
public enum Effect {
    ALLOW, DENY
}
