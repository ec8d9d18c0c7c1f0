package dev.apigw.simulator.auth;

import dev.apigw.simulator.pipeline.Invocation;

/**
 * One kind of method authorization (a Lambda authorizer, a Cognito user pool, a JWT issuer, IAM). It lets the request
 * through, recording what it established with {@link Invocation#authorized} / {@link Invocation#identify}, or throws
 * the {@link dev.apigw.simulator.gateway.GatewayResponseException} API Gateway answers with.
 */
@FunctionalInterface
public interface MethodAuthorizer {
    void authorize(Invocation invocation, MethodSecurity.Requirement requirement);
}
