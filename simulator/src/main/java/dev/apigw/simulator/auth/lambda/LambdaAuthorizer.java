package dev.apigw.simulator.auth.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apigw.model.api.ApiType;
import dev.apigw.model.api.Authorizer;
import dev.apigw.model.api.AuthorizerType;
import dev.apigw.model.api.TextValue;
import dev.apigw.model.project.FunctionBinding;
import dev.apigw.simulator.auth.MethodAuthorizer;
import dev.apigw.simulator.auth.MethodSecurity;
import dev.apigw.simulator.auth.policy.Decision;
import dev.apigw.simulator.auth.policy.ExecuteApiArn;
import dev.apigw.simulator.auth.policy.RequestFacts;
import dev.apigw.simulator.gateway.GatewayErrors;
import dev.apigw.simulator.gateway.GatewayResponseException;
import dev.apigw.simulator.lambda.FunctionResult;
import dev.apigw.simulator.lambda.FunctionRunner;
import dev.apigw.simulator.lambda.FunctionTimeoutException;
import dev.apigw.simulator.lambda.FunctionUnavailableException;
import dev.apigw.simulator.lambda.Functions;
import dev.apigw.simulator.lambda.LambdaArn;
import dev.apigw.simulator.mapping.UriTemplate;
import dev.apigw.simulator.pipeline.Invocation;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * TOKEN and REQUEST Lambda authorizers, run through the project's local function bindings. A missing identity
 * source (or a token failing {@code identityValidationExpression}) is 401 without calling the function; the
 * function's policy is evaluated against the method ARN (explicit Deny 403, no Allow 403); a function error or an
 * unreadable answer is 500 AUTHORIZER_CONFIGURATION_ERROR, except the error "Unauthorized", which is 401. Results
 * are cached for {@code authorizerResultTtlInSeconds} (default 300) per authorizer and identity values.
 */
public final class LambdaAuthorizer implements MethodAuthorizer {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** How long API Gateway waits for an authorizer: the REST API integration limit. */
    private static final Duration MAX_WAIT = Duration.ofSeconds(29);
    private static final String STEP = "authorizer";

    private final Functions functions;
    private final AuthorizerCache cache;
    private final Clock clock;
    /** HTTP API Lambda authorizers: other identity sources, events and answers, the same function runner. */
    private final HttpApiLambdaAuthorizer httpApi;

    public LambdaAuthorizer(Functions functions, AuthorizerCache cache, Clock clock) {
        this.functions = functions;
        this.cache = cache;
        this.clock = clock;
        this.httpApi = new HttpApiLambdaAuthorizer(this, cache, clock);
    }

    @Override
    public void authorize(Invocation inv, MethodSecurity.Requirement requirement) {
        if (inv.deployment().api().type() == ApiType.HTTP) {
            httpApi.authorize(inv, requirement);
            return;
        }
        Authorizer authorizer = requirement.scheme().authorizer().orElseThrow(() ->
                configurationError(inv, "security scheme " + requirement.schemeName() + " has no authorizer"));
        AuthorizerType type = authorizer.type().orElse(AuthorizerType.TOKEN);
        IdentitySources sources = IdentitySources.of(authorizer, requirement.scheme());
        int ttl = authorizer.authorizerResultTtlInSeconds().orElse(Authorizer.DEFAULT_TTL_SECONDS);
        checkConfiguration(inv, type, sources, ttl);

        IdentitySources.Resolved identity = sources.resolve(inv);
        if (identity.missing().isPresent()) {
            inv.logError(STEP, "The identity source " + identity.missing().get()
                    + " is missing or empty; the authorizer is not called");
            inv.log(STEP, "Unauthorized request: " + inv.requestId());
            throw GatewayErrors.unauthorized();
        }
        if (type == AuthorizerType.TOKEN) {
            checkToken(inv, authorizer, identity.values().get(0));
        }

        String methodArn = ExecuteApiArn.of(inv);
        String key = inv.deployment().apiId() + "/" + inv.deployment().stage().name() + "/"
                + requirement.schemeName() + "\n" + String.join("\n", identity.values());
        Instant now = clock.instant();
        Optional<AuthorizerResult> cached = ttl > 0 ? cache.get(key, now) : Optional.empty();
        AuthorizerResult result;
        long latency = 0;
        if (cached.isPresent()) {
            result = cached.get();
            inv.log(STEP, "Authorizer result taken from the cache for principal: " + result.principalId());
        } else {
            long start = System.nanoTime();
            byte[] event = type == AuthorizerType.TOKEN ? AuthorizerEvent.token(identity.values().get(0), methodArn)
                    : AuthorizerEvent.request(inv, methodArn);
            result = call(inv, authorizer, event);
            latency = (System.nanoTime() - start) / 1_000_000;
            if (ttl > 0) {
                cache.put(key, result, now, Duration.ofSeconds(ttl));
            }
        }

        Decision decision = result.policy().evaluate(RequestFacts.invoke(methodArn, inv.request().sourceIp()));
        inv.log(STEP, "Policy decision for principal " + result.principalId() + " on " + methodArn + ": "
                + decision);
        switch (decision) {
            case EXPLICIT_DENY -> {
                inv.logError(STEP, "The authorizer's policy for principal " + result.principalId()
                        + " explicitly denies " + methodArn);
                throw GatewayErrors.authorizerExplicitDeny();
            }
            case IMPLICIT_DENY -> {
                inv.logError(STEP, "The authorizer's policy for principal " + result.principalId()
                        + " does not allow " + methodArn);
                throw GatewayErrors.authorizerAccessDenied();
            }
            case ALLOW -> {
            }
        }
        Map<String, Object> context = new LinkedHashMap<>(result.context());
        context.put("principalId", result.principalId());
        context.put("integrationLatency", latency);
        inv.authorized(context);
        result.usageIdentifierKey().ifPresent(inv::usageIdentifierKey);
        inv.log(STEP, "Successfully completed authorizer execution");
    }

    private void checkConfiguration(Invocation inv, AuthorizerType type, IdentitySources sources, int ttl) {
        Optional<String> invalid = sources.invalid();
        if (invalid.isPresent()) {
            throw configurationError(inv, "invalid identity source " + invalid.get() + "; use method.request."
                    + "header.X, method.request.querystring.x, stageVariables.x or context.x");
        }
        if (type == AuthorizerType.TOKEN && sources.isEmpty()) {
            throw configurationError(inv, "a TOKEN authorizer needs an identitySource such as "
                    + "method.request.header.Authorization");
        }
        if (type == AuthorizerType.REQUEST && sources.isEmpty() && ttl > 0) {
            throw configurationError(inv, "a REQUEST authorizer with caching (authorizerResultTtlInSeconds "
                    + ttl + ") needs at least one identity source; set the TTL to 0 or add identitySource");
        }
    }

    private static void checkToken(Invocation inv, Authorizer authorizer, String token) {
        Optional<String> expression = authorizer.identityValidationExpression().filter(e -> !e.isEmpty());
        if (expression.isEmpty()) {
            return;
        }
        boolean valid;
        try {
            valid = Pattern.compile(expression.get()).matcher(token).matches();
        } catch (PatternSyntaxException e) {
            throw configurationError(inv, "identityValidationExpression is not a valid regular expression: "
                    + e.getDescription());
        }
        if (!valid) {
            inv.logError(STEP, "The token does not match identityValidationExpression " + expression.get()
                    + "; the authorizer is not called");
            throw GatewayErrors.unauthorized();
        }
    }

    private AuthorizerResult call(Invocation inv, Authorizer authorizer, byte[] event) {
        byte[] payload = invoke(inv, authorizer, event);
        try {
            return AuthorizerResponse.parse(payload);
        } catch (AuthorizerResponse.Invalid e) {
            throw configurationError(inv, "invalid authorizer response: " + e.getMessage());
        }
    }

    /**
     * Runs the authorizer function with the event and returns its answer; a failure is the 500 configuration
     * error, except the error "Unauthorized" (401).
     */
    byte[] invoke(Invocation inv, Authorizer authorizer, byte[] event) {
        String uri = authorizer.authorizerUri().flatMap(TextValue::literal).map(u ->
                UriTemplate.withStageVariables(u, inv.stageVariables())).orElseThrow(() ->
                configurationError(inv, "authorizerUri is missing or unresolved: "
                        + authorizer.authorizerUri().map(TextValue::display).orElse("(none)")));
        LambdaArn arn = LambdaArn.fromIntegrationUri(uri)
                .or(() -> uri.matches("^arn:aws[a-z-]*:lambda:[^:]*:[^:]*:function:.+")
                        ? Optional.of(LambdaArn.fromFunction(uri)) : Optional.empty())
                .orElseThrow(() -> configurationError(inv, "authorizerUri " + uri
                        + " is not a Lambda function invocation URI"));
        FunctionRunner runner = functions.runner(arn).orElseThrow(() -> configurationError(inv,
                "no local binding for the authorizer function " + arn.functionName() + "; add it to apigw.yaml, e.g."
                        + " functions: { " + arn.functionName() + ": { command: [node, authorizer.js] } }"));
        Duration timeout = functions.binding(arn).flatMap(FunctionBinding::timeoutSeconds)
                .map(Duration::ofSeconds).filter(d -> d.compareTo(MAX_WAIT) < 0).orElse(MAX_WAIT);
        inv.logData(STEP, "Endpoint request body after transformations: ", Invocation.text(event));
        FunctionResult result;
        try {
            result = runner.invoke(arn.functionName(), event, timeout);
        } catch (FunctionTimeoutException | FunctionUnavailableException e) {
            throw configurationError(inv, "Lambda invocation failed: " + e.getMessage()).causedBy(e);
        }
        inv.logData(STEP, "Authorizer result body before parsing: ", Invocation.text(result.payload()));
        if (result.failed()) {
            if (errorMessage(result).filter("Unauthorized"::equals).isPresent()) {
                inv.logError(STEP, "The authorizer answered Unauthorized");
                throw GatewayErrors.unauthorized();
            }
            throw configurationError(inv, "the authorizer function failed: " + result.payloadText());
        }
        return result.payload();
    }

    private static Optional<String> errorMessage(FunctionResult result) {
        try {
            JsonNode node = JSON.readTree(result.payload());
            return Optional.ofNullable(node).map(n -> n.get("errorMessage")).filter(JsonNode::isTextual)
                    .map(JsonNode::asText);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static GatewayResponseException configurationError(Invocation inv, String why) {
        inv.logError(STEP, "Execution failed due to configuration error: " + why);
        return GatewayErrors.authorizerConfigurationError();
    }
}
