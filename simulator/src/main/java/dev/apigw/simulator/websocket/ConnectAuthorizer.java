package dev.apigw.simulator.websocket;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apigw.model.api.Authorizer;
import dev.apigw.model.api.TextValue;
import dev.apigw.model.project.FunctionBinding;
import dev.apigw.simulator.auth.lambda.AuthorizerCache;
import dev.apigw.simulator.auth.lambda.AuthorizerResponse;
import dev.apigw.simulator.auth.lambda.AuthorizerResult;
import dev.apigw.simulator.auth.policy.Decision;
import dev.apigw.simulator.auth.policy.ExecuteApiArn;
import dev.apigw.simulator.auth.policy.RequestFacts;
import dev.apigw.simulator.lambda.FunctionResult;
import dev.apigw.simulator.lambda.FunctionRunner;
import dev.apigw.simulator.lambda.FunctionTimeoutException;
import dev.apigw.simulator.lambda.FunctionUnavailableException;
import dev.apigw.simulator.lambda.Functions;
import dev.apigw.simulator.lambda.LambdaArn;
import dev.apigw.simulator.mapping.UriTemplate;
import dev.apigw.simulator.pipeline.Deployment;
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
 * A Lambda REQUEST authorizer on {@code $connect}, as API Gateway runs it for WebSocket APIs: identity sources
 * {@code route.request.header.X} / {@code route.request.querystring.x} (a missing one is 401 without calling the
 * function), the event with {@code methodArn} ending in {@code /$connect}, the returned policy evaluated (deny 403),
 * the error "Unauthorized" 401, any other failure 500; results cached for the TTL by identity values (shared
 * {@link AuthorizerCache}). The {@code context} becomes {@code requestContext.authorizer} of every later event.
 */
final class ConnectAuthorizer {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration MAX_WAIT = Duration.ofSeconds(29);

    private final Deployment deployment;
    private final Functions functions;
    private final AuthorizerCache cache;
    private final Clock clock;

    ConnectAuthorizer(Deployment deployment, Functions functions, AuthorizerCache cache, Clock clock) {
        this.deployment = deployment;
        this.functions = functions;
        this.cache = cache;
        this.clock = clock;
    }

    /** What an allowing authorizer established: its context, and the API key it named, if any. */
    record Allowed(Map<String, Object> context, Optional<String> usageIdentifierKey) {
    }

    /** The authorizer's context for the connection, or a {@link RouteFailure} with 401, 403 or 500. */
    Allowed authorize(String name, Authorizer authorizer, RouteRequest request, String domainName) {
        Connection c = request.connection();
        List<String> values = new ArrayList<>();
        for (String source : authorizer.identitySource().map(s -> List.of(s.split(","))).orElse(List.of())) {
            String e = source.trim();
            Optional<String> value = identityValue(e, request, domainName).filter(v -> !v.isEmpty());
            if (value.isEmpty()) {
                throw new RouteFailure(401, "the identity source " + e + " is missing; the authorizer is not called");
            }
            values.add(value.get());
        }
        String methodArn = ExecuteApiArn.apiPrefix(deployment) + "/" + deployment.stage().name() + "/$connect";
        int ttl = authorizer.authorizerResultTtlInSeconds().orElse(values.isEmpty() ? 0
                : Authorizer.DEFAULT_TTL_SECONDS);
        String key = deployment.apiId() + "/" + deployment.stage().name() + "/ws:" + name + "\n"
                + String.join("\n", values);
        Instant now = clock.instant();
        Optional<AuthorizerResult> cached = ttl > 0 && !values.isEmpty() ? cache.get(key, now) : Optional.empty();
        long start = System.nanoTime();
        AuthorizerResult result = cached.orElseGet(() -> call(authorizer, event(request, methodArn, domainName)));
        long latency = cached.isPresent() ? 0 : (System.nanoTime() - start) / 1_000_000;
        if (cached.isEmpty() && ttl > 0 && !values.isEmpty()) {
            cache.put(key, result, now, Duration.ofSeconds(ttl));
        }
        Decision decision = result.policy().evaluate(RequestFacts.invoke(methodArn, c.sourceIp()));
        if (decision != Decision.ALLOW) {
            throw new RouteFailure(403, "the authorizer's policy does not allow " + methodArn + ": " + decision);
        }
        Map<String, Object> context = new LinkedHashMap<>(result.context());
        context.put("principalId", result.principalId());
        context.put("integrationLatency", latency);
        return new Allowed(context, result.usageIdentifierKey());
    }

    private Optional<String> identityValue(String expression, RouteRequest request, String domainName) {
        Connection c = request.connection();
        if (expression.startsWith("stageVariables.")) {
            String name = expression.substring("stageVariables.".length());
            return Optional.ofNullable(deployment.stageVariables().get(name));
        }
        if (expression.startsWith("context.")) {
            Object node = WebSocketEvent.requestContext(request, deployment, domainName);
            for (String part : expression.substring("context.".length()).split("\\.")) {
                node = node instanceof Map<?, ?> m ? m.get(part) : null;
            }
            return node == null || node instanceof Map<?, ?> ? Optional.empty() : Optional.of(node.toString());
        }
        String header = after(expression, "route.request.header.", "method.request.header.");
        if (header != null) {
            return c.headers().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(header))
                    .flatMap(e -> e.getValue().stream()).findFirst();
        }
        String query = after(expression, "route.request.querystring.", "method.request.querystring.");
        if (query != null) {
            List<String> all = c.query().getOrDefault(query, List.of());
            return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
        }
        return Optional.empty();
    }

    private static String after(String text, String... prefixes) {
        for (String p : prefixes) {
            if (text.startsWith(p)) {
                return text.substring(p.length());
            }
        }
        return null;
    }

    /** The REQUEST authorizer event of a WebSocket API: the $connect event's parts plus type and methodArn. */
    private byte[] event(RouteRequest request, String methodArn, String domainName) {
        ObjectNode connect;
        try {
            connect = (ObjectNode) JSON.readTree(WebSocketEvent.proxy(request, deployment, domainName));
        } catch (IOException e) {
            throw new RouteFailure(500, "cannot build the authorizer event");
        }
        ObjectNode e = JSON.createObjectNode();
        e.put("type", "REQUEST");
        e.put("methodArn", methodArn);
        e.set("headers", connect.get("headers"));
        e.set("multiValueHeaders", connect.get("multiValueHeaders"));
        if (connect.has("queryStringParameters")) {
            e.set("queryStringParameters", connect.get("queryStringParameters"));
            e.set("multiValueQueryStringParameters", connect.get("multiValueQueryStringParameters"));
        }
        e.set("stageVariables", deployment.stageVariables().isEmpty() ? null
                : JSON.valueToTree(deployment.stageVariables()));
        e.set("requestContext", connect.get("requestContext"));
        return e.toString().getBytes(StandardCharsets.UTF_8);
    }

    private AuthorizerResult call(Authorizer authorizer, byte[] event) {
        String uri = authorizer.authorizerUri().flatMap(TextValue::literal)
                .map(u -> UriTemplate.withStageVariables(u, deployment.stageVariables()))
                .orElseThrow(() -> new RouteFailure(500, "authorizerUri is missing"));
        LambdaArn arn = LambdaArn.fromIntegrationUri(uri).orElseGet(() -> LambdaArn.fromFunction(uri));
        FunctionRunner runner = functions.runner(arn).orElseThrow(() -> new RouteFailure(500,
                "no local binding for the authorizer function " + arn.functionName()));
        Duration timeout = functions.binding(arn).flatMap(FunctionBinding::timeoutSeconds).map(Duration::ofSeconds)
                .filter(d -> d.compareTo(MAX_WAIT) < 0).orElse(MAX_WAIT);
        FunctionResult result;
        try {
            result = runner.invoke(arn.functionName(), event, timeout);
        } catch (FunctionTimeoutException | FunctionUnavailableException e) {
            throw new RouteFailure(500, "the authorizer could not be invoked: " + e.getMessage());
        }
        if (result.failed()) {
            if ("Unauthorized".equals(errorMessage(result))) {
                throw new RouteFailure(401, "the authorizer answered Unauthorized");
            }
            throw new RouteFailure(500, "the authorizer function failed: " + result.payloadText());
        }
        try {
            return AuthorizerResponse.parse(result.payload());
        } catch (AuthorizerResponse.Invalid e) {
            throw new RouteFailure(500, "invalid authorizer response: " + e.getMessage());
        }
    }

    private static String errorMessage(FunctionResult result) {
        try {
            JsonNode node = JSON.readTree(result.payload());
            JsonNode m = node == null ? null : node.get("errorMessage");
            return m != null && m.isTextual() ? m.asText() : "";
        } catch (IOException e) {
            return "";
        }
    }
}
