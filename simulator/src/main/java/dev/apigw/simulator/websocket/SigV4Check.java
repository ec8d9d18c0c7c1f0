package dev.apigw.simulator.websocket;

import dev.apigw.simulator.auth.iam.IamAuthorizer;
import dev.apigw.simulator.gateway.GatewayResponseException;
import dev.apigw.simulator.http.HttpRequest;
import dev.apigw.simulator.pipeline.Deployment;
import dev.apigw.simulator.pipeline.Invocation;
import java.time.Clock;
import java.util.Optional;

/**
 * SigV4 verification for the WebSocket side ({@code AWS_IAM} {@code $connect}, {@code @connections} calls), done
 * exactly as for REST {@code AWS_IAM} methods against the project's {@code credentials}.
 */
final class SigV4Check {
    private final Deployment deployment;
    private final Clock clock;
    private final IamAuthorizer signatures;

    SigV4Check(Deployment deployment, Clock clock) {
        this.deployment = deployment;
        this.clock = clock;
        this.signatures = new IamAuthorizer(deployment.config(), clock);
    }

    /** Why the request is refused (403 with AWS's error type and body), or empty when its signature is valid. */
    Optional<GatewayResponseException> refusal(HttpRequest request) {
        try {
            signatures.authorize(new Invocation(request, deployment, clock.instant()), null);
            return Optional.empty();
        } catch (GatewayResponseException e) {
            return Optional.of(e);
        }
    }
}
