package dev.apigw.simulator.pipeline;

import dev.apigw.model.api.Integration;
import dev.apigw.model.api.Method;
import dev.apigw.model.api.Resource;
import dev.apigw.simulator.collect.FrozenMap;
import dev.apigw.simulator.gateway.GatewayResponseException;
import dev.apigw.simulator.http.HttpHeaders;
import dev.apigw.simulator.http.HttpRequest;
import dev.apigw.simulator.http.HttpResponse;
import dev.apigw.simulator.vtl.RenderResult;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One request going through the pipeline: what the client sent, what was matched, the {@code $context}, the
 * integration request and response, and the final response — each kept as its own value so the execution log can
 * show all of them. Mutable; owned by one thread.
 */
public final class Invocation {
    private HttpRequest request;
    private final Deployment deployment;
    private final String requestId;
    private final String extendedRequestId;
    private final Instant requestTime;
    private final Trace trace;
    /** For {@code $context.responseLatency}: measured from when the gateway took the request. */
    private final long startNanos = System.nanoTime();

    private Optional<Resource> resource = Optional.empty();
    private Optional<Method> method = Optional.empty();
    private Optional<Integration> integration = Optional.empty();
    private Map<String, String> pathParameters = Map.of();
    private Map<String, Object> context;
    private Optional<IntegrationRequest> integrationRequest = Optional.empty();
    private Optional<RenderResult> requestTemplateResult = Optional.empty();
    private Optional<IntegrationResult> integrationResult = Optional.empty();
    private String selectedResponse;
    private Optional<HttpResponse> response = Optional.empty();
    private Optional<GatewayResponseException> failure = Optional.empty();
    private String traceId;
    private long integrationLatencyMillis = -1;
    private Map<String, Object> authorizer = Map.of();
    private String usageIdentifierKey;
    private String routeKey;
    private final Map<String, String> identity = new LinkedHashMap<>(4);

    public Invocation(HttpRequest request, Deployment deployment, Instant requestTime) {
        this(request, deployment, requestTime, true);
    }

    /** @param traced whether {@link #log} keeps the execution log; off when nobody will read {@link #trace()} */
    public Invocation(HttpRequest request, Deployment deployment, Instant requestTime, boolean traced) {
        this(request, deployment, requestTime, traced ? TraceLevel.ALL : TraceLevel.OFF);
    }

    /** @param traceLevel how much of the execution log to keep: what its reader will show, no more */
    public Invocation(HttpRequest request, Deployment deployment, Instant requestTime, TraceLevel traceLevel) {
        this.trace = traceLevel == TraceLevel.OFF ? Trace.OFF : new Trace(traceLevel);
        this.request = request;
        this.deployment = deployment;
        this.requestTime = requestTime;
        this.requestId = RequestIds.requestId();
        this.extendedRequestId = RequestIds.extendedRequestId();
    }

    public HttpRequest request() {
        return request;
    }

    /** Replaces the request with its content-decoded form, which every later step sees. */
    public void decoded(HttpRequest decodedRequest) {
        this.request = decodedRequest;
    }

    public Deployment deployment() {
        return deployment;
    }

    public Map<String, String> stageVariables() {
        return deployment.stageVariables();
    }

    public String requestId() {
        return requestId;
    }

    /** The {@code x-amz-apigw-id} value. */
    public String extendedRequestId() {
        return extendedRequestId;
    }

    public Instant requestTime() {
        return requestTime;
    }

    /** Records the matched method; the integration is the resolved one ({@code $ref}s followed). */
    public void matched(Resource matchedResource, Method matchedMethod, Map<String, String> parameters) {
        this.resource = Optional.of(matchedResource);
        this.method = Optional.of(matchedMethod);
        this.pathParameters = parameters instanceof FrozenMap<String> frozen ? frozen
                : FrozenMap.adopt(new LinkedHashMap<>(parameters));
        this.integration = matchedMethod.integration().flatMap(i -> deployment.api().resolve(i));
        this.context = null;
    }

    /** HTTP APIs: the matched route's key ({@code GET /pets/{id}}, {@code $default}). */
    public void routeKey(String key) {
        this.routeKey = key;
        this.context = null;
    }

    public Optional<String> routeKey() {
        return Optional.ofNullable(routeKey);
    }

    public Optional<Resource> resource() {
        return resource;
    }

    public Optional<Method> method() {
        return method;
    }

    public Optional<Integration> integration() {
        return integration;
    }

    /** Path parameters as matched, still URL-encoded as API Gateway passes them. */
    public Map<String, String> pathParameters() {
        return pathParameters;
    }

    /** {@code $context} for templates, built once the method is known. */
    public Map<String, Object> context() {
        if (context == null) {
            context = ContextValues.of(this);
        }
        return context;
    }

    /**
     * What an authorizer established, as {@code $context.authorizer} and the proxy event's
     * {@code requestContext.authorizer} show it: {@code principalId}, the Lambda authorizer's {@code context} values
     * as strings, or Cognito's {@code claims} map.
     */
    public void authorized(Map<String, Object> authorizerContext) {
        this.authorizer = FrozenMap.adopt(new LinkedHashMap<>(authorizerContext));
        this.context = null;
    }

    public Map<String, Object> authorizer() {
        return authorizer;
    }

    /**
     * Sets one {@code $context.identity} value that the gateway established: {@code apiKey}, {@code apiKeyId},
     * {@code accessKey}, {@code user}, {@code userArn}, {@code caller}, {@code accountId}...
     */
    public void identify(String key, String value) {
        identity.put(key, value);
        this.context = null;
    }

    /** The API key a Lambda authorizer returned ({@code usageIdentifierKey}), for API key source AUTHORIZER. */
    public void usageIdentifierKey(String apiKey) {
        this.usageIdentifierKey = apiKey;
    }

    public Optional<String> usageIdentifierKey() {
        return Optional.ofNullable(usageIdentifierKey);
    }

    /** The {@code $context.identity} values set by {@link #identify}. */
    public Map<String, String> identity() {
        return Collections.unmodifiableMap(identity);
    }

    public Optional<IntegrationRequest> integrationRequest() {
        return integrationRequest;
    }

    public void integrationRequest(IntegrationRequest value) {
        this.integrationRequest = Optional.of(value);
    }

    /** The rendered request template with its {@code $context.requestOverride/responseOverride} values. */
    public Optional<RenderResult> requestTemplateResult() {
        return requestTemplateResult;
    }

    public void requestTemplateResult(RenderResult value) {
        this.requestTemplateResult = Optional.of(value);
    }

    public Optional<IntegrationResult> integrationResult() {
        return integrationResult;
    }

    public void integrationResult(IntegrationResult value) {
        this.integrationResult = Optional.of(value);
    }

    /** The selection pattern of the integration response used, for the log. */
    public Optional<String> selectedResponse() {
        return Optional.ofNullable(selectedResponse);
    }

    public void selectedResponse(String pattern) {
        this.selectedResponse = pattern;
    }

    public Optional<HttpResponse> response() {
        return response;
    }

    public void response(HttpResponse value) {
        this.response = Optional.of(value);
    }

    public Optional<GatewayResponseException> failure() {
        return failure;
    }

    public void fail(GatewayResponseException error) {
        this.failure = Optional.of(error);
    }

    /**
     * The X-Ray trace header value for integration requests: the client's {@code X-Amzn-Trace-Id} when it sent one
     * (API Gateway adds a trace header only to requests that have none), else a new {@code Root=1-<epoch>-<24 hex>}.
     */
    public String traceId() {
        if (traceId == null) {
            traceId = HttpHeaders.first(request.headers(), "X-Amzn-Trace-Id").filter(v -> !v.isBlank())
                    .orElseGet(() -> RequestIds.traceId(requestTime.getEpochSecond()));
        }
        return traceId;
    }

    /** Milliseconds since this invocation was created, for {@code $context.responseLatency}. */
    public long elapsedMillis() {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    /** {@code $context.integrationLatency}: how long the integration took; empty when none was called. */
    public java.util.OptionalLong integrationLatencyMillis() {
        return integrationLatencyMillis < 0 ? java.util.OptionalLong.empty()
                : java.util.OptionalLong.of(integrationLatencyMillis);
    }

    public void integrationLatencyMillis(long millis) {
        this.integrationLatencyMillis = millis;
    }

    /** Logs what a step did: an info-level line of the execution log. */
    public void log(String step, String message) {
        trace.add(TraceEntry.Kind.INFO, step, message);
    }

    /**
     * Logs why the request fails, just before the step throws its gateway response: an error-level line, kept at
     * every logging level but OFF. {@code apigw serve} prints it on the request's one ERROR line.
     */
    public void logError(String step, String message) {
        trace.add(TraceEntry.Kind.ERROR, step, message);
    }

    /** Whether a {@link #logError} entry was kept: the pipeline then need not add one for its failure. */
    public boolean loggedError() {
        return trace.hasErrors();
    }

    /**
     * Whether {@link #log} keeps anything (logging level INFO and up): a step can skip putting a costly message
     * together when it does not.
     */
    public boolean traced() {
        return trace.keeps(TraceEntry.Kind.INFO);
    }

    /** How much of the execution log this invocation keeps. */
    public TraceLevel traceLevel() {
        return trace.level();
    }

    /**
     * Logs {@code prefix + value}, joined only if the trace is read. {@code value} must not change afterwards: a
     * frozen map, a string, a number or {@link #text(byte[])}.
     */
    public void log(String step, String prefix, Object value) {
        trace.add(TraceEntry.Kind.INFO, step, prefix, value);
    }

    /**
     * Logs headers or a body ({@code prefix + value}, joined only if read): kept only for {@code apigw invoke --log}
     * and stages with data trace. {@code value} must not change afterwards, as for {@link #log(String, String,
     * Object)}; a header map is shown with its credentials masked in {@link #redactedTrace()}.
     */
    public void logData(String step, String prefix, Object value) {
        trace.add(TraceEntry.Kind.DATA, step, prefix, value);
    }

    /** A trace value showing these bytes as UTF-8 text; they must not change afterwards. */
    public static Object text(byte[] bytes) {
        return Trace.utf8(bytes);
    }

    public List<TraceEntry> trace() {
        return Collections.unmodifiableList(trace.entries());
    }

    /**
     * The trace as API Gateway's execution log shows it: the values of credential headers (Authorization,
     * X-API-Key...) in logged header maps masked but for their last characters.
     */
    public List<TraceEntry> redactedTrace() {
        return Collections.unmodifiableList(trace.entries(true));
    }
}
