package dev.apigw.simulator.auth.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apigw.model.api.Authorizer;
import dev.apigw.simulator.auth.MethodSecurity;
import dev.apigw.simulator.auth.policy.Decision;
import dev.apigw.simulator.auth.policy.ExecuteApiArn;
import dev.apigw.simulator.auth.policy.PolicyDocument;
import dev.apigw.simulator.auth.policy.RequestFacts;
import dev.apigw.simulator.gateway.GatewayErrors;
import dev.apigw.simulator.http.HttpHeaders;
import dev.apigw.simulator.pipeline.Invocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An HTTP API's Lambda authorizer: identity sources written {@code $request.header.X}, {@code $request.querystring.x},
 * {@code $context.x} or {@code $stageVariables.x} (a missing one is 401 without calling the function); the event in
 * payload format 2.0 (the request's 2.0 event plus {@code type}, {@code routeArn} and {@code identitySource}) or 1.0
 * (the REST REQUEST event); the answer either a simple response ({@code isAuthorized} and {@code context}, with
 * {@code enableSimpleResponses}) or an IAM policy. A denial is 403 {@code {"message":"Forbidden"}}. The
 * {@code context} reaches {@code $context.authorizer.x} and the 2.0 event's {@code requestContext.authorizer.lambda}.
 * Results are cached only when {@code authorizerResultTtlInSeconds} says so.
 */
final class HttpApiLambdaAuthorizer {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STEP = "authorizer";

    private final LambdaAuthorizer functions;
    private final AuthorizerCache cache;
    private final Clock clock;

    HttpApiLambdaAuthorizer(LambdaAuthorizer functions, AuthorizerCache cache, Clock clock) {
        this.functions = functions;
        this.cache = cache;
        this.clock = clock;
    }

    void authorize(Invocation inv, MethodSecurity.Requirement requirement) {
        Authorizer authorizer = requirement.scheme().authorizer().orElseThrow(() ->
                LambdaAuthorizer.configurationError(inv, "security scheme " + requirement.schemeName()
                        + " has no authorizer"));
        List<String> sources = authorizer.identitySource().map(s -> List.of(s.split(","))).orElse(List.of())
                .stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
        List<String> identity = new ArrayList<>();
        for (String source : sources) {
            Optional<String> value = identityValue(inv, source);
            if (value.isEmpty()) {
                inv.logError(STEP, "The identity source " + source
                        + " is missing or empty; the authorizer is not called");
                throw GatewayErrors.unauthorized();
            }
            identity.add(value.get());
        }
        boolean v1 = authorizer.authorizerPayloadFormatVersion().filter("1.0"::equals).isPresent();
        boolean simple = !v1 && authorizer.enableSimpleResponses().orElse(false);
        String routeArn = ExecuteApiArn.of(inv);
        int ttl = authorizer.authorizerResultTtlInSeconds().orElse(0);
        String key = inv.deployment().apiId() + "/" + inv.deployment().stage().name() + "/"
                + requirement.schemeName() + "\n" + String.join("\n", identity);
        Instant now = clock.instant();
        Optional<AuthorizerResult> cached = ttl > 0 && !identity.isEmpty() ? cache.get(key, now) : Optional.empty();
        AuthorizerResult result;
        if (cached.isPresent()) {
            result = cached.get();
            inv.log(STEP, "Authorizer result taken from the cache");
        } else {
            byte[] event = v1 ? AuthorizerEvent.request(inv, routeArn)
                    : AuthorizerEvent.httpApi(inv, routeArn, identity);
            byte[] answer = functions.invoke(inv, authorizer, event);
            result = simple ? simpleResult(inv, answer) : iamResult(inv, answer);
            if (ttl > 0 && !identity.isEmpty()) {
                cache.put(key, result, now, Duration.ofSeconds(ttl));
            }
        }
        Decision decision = result.policy().evaluate(RequestFacts.invoke(routeArn, inv.request().sourceIp()));
        inv.log(STEP, "Authorizer decision on " + routeArn + ": " + decision);
        if (decision != Decision.ALLOW) {
            inv.logError(STEP, "The authorizer's answer does not allow " + routeArn + " (" + decision + ")");
            throw GatewayErrors.authorizerAccessDenied();
        }
        Map<String, Object> authorizerContext = new LinkedHashMap<>();
        if (!result.principalId().isEmpty()) {
            authorizerContext.put("principalId", result.principalId());
        }
        authorizerContext.put("lambda", new LinkedHashMap<>(result.context()));
        inv.authorized(authorizerContext);
    }

    private static Optional<String> identityValue(Invocation inv, String source) {
        String[] parts = source.replace("${", "$").replace("}", "").split("\\.", 3);
        Optional<String> value = switch (parts[0]) {
            case "$request" -> parts.length < 3 ? Optional.empty() : switch (parts[1]) {
                case "header" -> {
                    List<String> values = HttpHeaders.all(inv.request().headers(), parts[2]);
                    yield values.isEmpty() ? Optional.empty() : Optional.of(String.join(",", values));
                }
                case "querystring" -> Optional.ofNullable(inv.request().query().get(parts[2]))
                        .filter(v -> !v.isEmpty()).map(v -> String.join(",", v));
                default -> Optional.empty();
            };
            case "$context" -> parts.length < 2 ? Optional.empty()
                    : Optional.ofNullable(inv.context().get(source.substring(source.indexOf('.') + 1)))
                            .map(String::valueOf);
            case "$stageVariables" -> parts.length < 2 ? Optional.empty()
                    : Optional.ofNullable(inv.stageVariables().get(source.substring(source.indexOf('.') + 1)));
            default -> Optional.empty();
        };
        return value.filter(v -> !v.isEmpty());
    }

    private static AuthorizerResult simpleResult(Invocation inv, byte[] answer) {
        JsonNode root;
        try {
            root = JSON.readTree(answer);
        } catch (IOException e) {
            throw LambdaAuthorizer.configurationError(inv, "the simple response is not JSON");
        }
        if (root == null || !root.isObject() || !root.path("isAuthorized").isBoolean()) {
            throw LambdaAuthorizer.configurationError(inv, "a simple response needs a boolean isAuthorized: "
                    + new String(answer, StandardCharsets.UTF_8));
        }
        Map<String, String> context = new LinkedHashMap<>();
        root.path("context").fields().forEachRemaining(f -> context.put(f.getKey(),
                f.getValue().isValueNode() ? f.getValue().asText() : f.getValue().toString()));
        boolean allowed = root.get("isAuthorized").asBoolean();
        PolicyDocument policy = PolicyDocument.authorizerPolicy(Map.of("Version", "2012-10-17", "Statement",
                List.of(Map.of("Effect", allowed ? "Allow" : "Deny", "Action", RequestFacts.INVOKE,
                        "Resource", "*"))));
        return new AuthorizerResult("", policy, context, Optional.empty());
    }

    private static AuthorizerResult iamResult(Invocation inv, byte[] answer) {
        try {
            return AuthorizerResponse.parse(answer);
        } catch (AuthorizerResponse.Invalid e) {
            throw LambdaAuthorizer.configurationError(inv, "invalid authorizer response: " + e.getMessage());
        }
    }
}
