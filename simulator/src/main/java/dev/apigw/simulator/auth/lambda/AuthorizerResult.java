package dev.apigw.simulator.auth.lambda;

import dev.apigw.simulator.auth.policy.PolicyDocument;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a Lambda authorizer answered, once read: the principal, its whole policy (cached as a whole, so a cached
 * policy without the next method's ARN denies it), the {@code context} values as strings, and the API key for usage
 * plans.
 */
public record AuthorizerResult(String principalId, PolicyDocument policy, Map<String, String> context,
        Optional<String> usageIdentifierKey) {

    public AuthorizerResult {
        context = Collections.unmodifiableMap(new LinkedHashMap<>(context));
    }
}
