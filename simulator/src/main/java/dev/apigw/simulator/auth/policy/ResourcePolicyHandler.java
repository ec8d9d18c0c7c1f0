package dev.apigw.simulator.auth.policy;

import dev.apigw.simulator.auth.MethodSecurity;
import dev.apigw.simulator.gateway.GatewayErrors;
import dev.apigw.simulator.pipeline.Deployment;
import dev.apigw.simulator.pipeline.Handler;
import dev.apigw.simulator.pipeline.Invocation;
import dev.apigw.simulator.pipeline.Outcome;
import java.util.Optional;

/**
 * Evaluates the API's resource policy ({@code x-amazon-apigateway-policy}) for the anonymous caller: an explicit
 * Deny is a 403; an Allow lets the request on. When nothing applies, a method with a Lambda authorizer is left to
 * the authorizer (API Gateway allows when the authorizer does and the policy is silent), and an AWS_IAM method
 * to IAM authorization, which weighs the policy with the caller's own; any other method is denied.
 */
public final class ResourcePolicyHandler implements Handler {
    private final Optional<PolicyDocument> policy;
    private final Optional<String> problem;

    /** The API's resource policy, parsed; empty when it has none or it is not a policy (this handler reports that). */
    public static Optional<PolicyDocument> of(Deployment deployment) {
        try {
            return deployment.api().settings().policy().map(p -> parse(p, deployment));
        } catch (InvalidPolicyException e) {
            return Optional.empty();
        }
    }

    public ResourcePolicyHandler(Deployment deployment) {
        Optional<PolicyDocument> parsed = Optional.empty();
        Optional<String> error = Optional.empty();
        if (deployment.api().settings().policy().isPresent()) {
            try {
                parsed = Optional.of(parse(deployment.api().settings().policy().get(), deployment));
            } catch (InvalidPolicyException e) {
                error = Optional.of(e.getMessage());
            }
        }
        this.policy = parsed;
        this.problem = error;
    }

    @Override
    public Outcome handle(Invocation inv) {
        if (problem.isPresent()) {
            inv.logError("resource policy", "Execution failed due to configuration error: invalid resource policy: "
                    + problem.get());
            throw GatewayErrors.internalError();
        }
        if (policy.isEmpty()) {
            return Outcome.CONTINUE;
        }
        String arn = ExecuteApiArn.of(inv);
        policy.get().unsupportedConditions().forEach(c -> inv.log("resource policy", "Condition " + c.operator()
                + " on " + c.key() + " is not evaluated by the simulator; its statement does not apply"));
        Optional<MethodSecurity.Kind> authorizer = authorizerKind(inv);
        boolean iam = authorizer.filter(k -> k == MethodSecurity.Kind.IAM).isPresent();
        // An AWS_IAM method's caller is known only once its signature is checked: statements naming principals
        // (or NotPrincipal) are left to IAM authorization, which evaluates the policy again with the caller.
        Caller caller = iam ? Caller.notYetKnown() : Caller.anonymous();
        Decision decision = policy.get().evaluate(RequestFacts.invoke(arn, inv.request().sourceIp(), caller));
        inv.log("resource policy", "Resource policy decision for " + arn + " from " + inv.request().sourceIp()
                + ": " + decision);
        return switch (decision) {
            case ALLOW -> Outcome.CONTINUE;
            case EXPLICIT_DENY -> {
                inv.logError("resource policy", "The resource policy explicitly denies " + arn + " to this caller");
                throw GatewayErrors.resourcePolicyDenied(arn, true);
            }
            case IMPLICIT_DENY -> {
                if (authorizer.filter(k -> k == MethodSecurity.Kind.LAMBDA).isPresent()) {
                    inv.log("resource policy", "No statement applies; the Lambda authorizer decides");
                    yield Outcome.CONTINUE;
                }
                if (iam) {
                    inv.log("resource policy", "No statement about every caller applies; IAM authorization "
                            + "weighs the policy with the caller and the caller's own policy");
                    yield Outcome.CONTINUE;
                }
                inv.logError("resource policy", "No statement of the resource policy allows " + arn
                        + " to this caller");
                throw GatewayErrors.resourcePolicyDenied(arn, false);
            }
        };
    }

    private static PolicyDocument parse(Object policy, Deployment deployment) {
        return PolicyDocument.resourcePolicy(policy, r -> ExecuteApiArn.expand(r, deployment));
    }

    private static Optional<MethodSecurity.Kind> authorizerKind(Invocation inv) {
        return inv.method().flatMap(m -> MethodSecurity.of(inv.deployment().api(), m).authorizer())
                .map(MethodSecurity.Requirement::kind);
    }
}
