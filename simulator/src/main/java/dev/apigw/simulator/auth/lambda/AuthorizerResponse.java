package dev.apigw.simulator.auth.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apigw.simulator.auth.policy.InvalidPolicyException;
import dev.apigw.simulator.auth.policy.PolicyDocument;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a Lambda authorizer's answer: {@code principalId} and {@code policyDocument} are required; {@code context}
 * values must be strings, numbers or booleans (API Gateway passes them on as strings; an object or array is
 * invalid); {@code usageIdentifierKey} is optional.
 */
public final class AuthorizerResponse {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AuthorizerResponse() {
    }

    /** Thrown for an answer API Gateway cannot use; the message says why, for the execution log. */
    public static final class Invalid extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Invalid(String message) {
            super(message);
        }
    }

    public static AuthorizerResult parse(byte[] payload) {
        JsonNode root;
        try {
            root = JSON.readTree(payload);
        } catch (IOException e) {
            throw new Invalid("the response is not JSON");
        }
        if (root == null || !root.isObject()) {
            throw new Invalid("the response is not a JSON object");
        }
        JsonNode principal = root.get("principalId");
        if (principal == null || principal.isNull() || principal.isContainerNode()) {
            throw new Invalid("the response has no principalId");
        }
        JsonNode policy = root.get("policyDocument");
        if (policy == null || !policy.isObject()) {
            throw new Invalid("the response has no policyDocument object");
        }
        PolicyDocument document;
        try {
            document = PolicyDocument.authorizerPolicy(JSON.convertValue(policy, Map.class));
        } catch (InvalidPolicyException e) {
            throw new Invalid("invalid policyDocument: " + e.getMessage());
        }
        Optional<String> apiKey = Optional.ofNullable(root.get("usageIdentifierKey"))
                .filter(n -> !n.isNull()).map(JsonNode::asText);
        return new AuthorizerResult(principal.asText(), document, context(root.get("context")), apiKey);
    }

    private static Map<String, String> context(JsonNode context) {
        Map<String, String> values = new LinkedHashMap<>();
        if (context == null || context.isNull()) {
            return values;
        }
        if (!context.isObject()) {
            throw new Invalid("context is not a JSON object");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = context.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            if (v.isContainerNode()) {
                throw new Invalid("context value '" + e.getKey() + "' is an object or array; only strings, numbers"
                        + " and booleans are allowed");
            }
            if (!v.isNull()) {
                values.put(e.getKey(), v.asText());
            }
        }
        return values;
    }
}
