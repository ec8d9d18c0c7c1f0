package dev.apigw.simulator;

import dev.apigw.model.api.ApiType;
import dev.apigw.model.project.ApiProject;
import dev.apigw.model.project.Stage;
import dev.apigw.simulator.http.HttpRequest;
import dev.apigw.simulator.http.HttpResponse;
import dev.apigw.simulator.lambda.runtime.RuntimeSettings;
import dev.apigw.simulator.log.ExecutionLogSettings;
import dev.apigw.simulator.pipeline.Deployment;
import dev.apigw.simulator.pipeline.Invocation;
import dev.apigw.simulator.pipeline.Pipeline;
import dev.apigw.simulator.pipeline.TraceLevel;
import dev.apigw.simulator.traffic.UsageReport;
import dev.apigw.simulator.traffic.UsageReporter;
import dev.apigw.simulator.websocket.WebSocketEngine;

/**
 * The execute-api engine for one stage of one API, without HTTP: {@link #invoke} runs a request through the same
 * pipeline {@code apigw serve} uses. Immutable and thread-safe; rebuild it to change the API.
 */
public final class Simulator implements AutoCloseable {
    private final Deployment deployment;
    private final Pipeline pipeline;
    private final SimulatorOptions options;
    private final StandardPipeline.Shared shared;
    private final java.util.Optional<WebSocketEngine> webSocket;
    private final ExecutionLogSettings executionLog;

    private Simulator(Deployment deployment, Pipeline pipeline, SimulatorOptions options,
            StandardPipeline.Shared shared, java.util.Optional<WebSocketEngine> webSocket) {
        this.executionLog = ExecutionLogSettings.of(deployment.stage());
        this.deployment = deployment;
        this.pipeline = pipeline;
        this.options = options;
        this.shared = shared;
        this.webSocket = webSocket;
    }

    public static Simulator create(ApiProject project, SimulatorOptions options) {
        return create(project, options, RuntimeSettings.defaults());
    }

    /** With how local Lambda functions run; {@link #close()} stops the instances they start. */
    public static Simulator create(ApiProject project, SimulatorOptions options, RuntimeSettings functions) {
        StandardPipeline.Shared shared = StandardPipeline.Shared.create(functions);
        try {
            return create(project, options, shared);
        } catch (RuntimeException e) {
            shared.runtimes().close();
            throw e;
        }
    }

    /** Stops the function instances this simulator (and those rebuilt from it) started. */
    @Override
    public void close() {
        shared.runtimes().close();
    }

    /** A simulator for the new API that reuses this one's template cache and connections (hot reload). */
    public Simulator rebuild(ApiProject project) {
        return create(project, options, shared);
    }

    static Simulator create(ApiProject project, SimulatorOptions options, StandardPipeline.Shared shared) {
        Stage stage = project.config().stage(options.stage()).withVariables(options.stageVariables());
        Deployment deployment = project.logicalId().map(id -> Deployment.of(project.api(), project.config(), stage,
                Deployment.apiIdFor(id))).orElseGet(() -> Deployment.of(project.api(), project.config(), stage));
        if (project.api().type() == ApiType.WEBSOCKET) {
            WebSocketEngine engine = WebSocketPipeline.engine(deployment, options, shared);
            return new Simulator(deployment, WebSocketPipeline.create(engine), options, shared,
                    java.util.Optional.of(engine));
        }
        Pipeline pipeline = project.api().type() == ApiType.HTTP
                ? HttpApiPipeline.create(deployment, options, shared)
                : StandardPipeline.create(deployment, options, shared);
        return new Simulator(deployment, pipeline, options, shared, java.util.Optional.empty());
    }

    public HttpResponse invoke(HttpRequest request) {
        return execute(request).response().orElseThrow();
    }

    /** Runs the request and returns the whole invocation: matched method, integration request/response, trace. */
    public Invocation execute(HttpRequest request) {
        return execute(request, true);
    }

    /**
     * Like {@link #execute(HttpRequest)}; without {@code traced} the invocation keeps no execution log, which a
     * server answering many requests never reads.
     */
    public Invocation execute(HttpRequest request, boolean traced) {
        return execute(request, traced ? TraceLevel.ALL : TraceLevel.OFF);
    }

    /** Like {@link #execute(HttpRequest)}, keeping only as much of the execution log as {@code traceLevel} says. */
    public Invocation execute(HttpRequest request, TraceLevel traceLevel) {
        Invocation invocation = new Invocation(request, deployment, options.clock().instant(), traceLevel);
        pipeline.run(invocation);
        return invocation;
    }

    /** The stage's execution logging ({@code logging} in apigw.yaml, else ERROR): what {@code apigw serve} prints. */
    public ExecutionLogSettings executionLogSettings() {
        return executionLog;
    }

    /** What execute-api answers for a stage that does not exist: 403 {"message":"Forbidden"}. */
    public static HttpResponse forbidden() {
        java.util.Map<String, java.util.List<String>> headers = new java.util.LinkedHashMap<>();
        headers.put("Content-Type", java.util.List.of("application/json"));
        headers.put("x-amzn-RequestId", java.util.List.of(java.util.UUID.randomUUID().toString()));
        headers.put("x-amzn-ErrorType", java.util.List.of("ForbiddenException"));
        return new HttpResponse(403, headers,
                "{\"message\":\"Forbidden\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** This stage's CacheHitCount / CacheMissCount; empty when its cache is not enabled. */
    public java.util.Optional<dev.apigw.simulator.cache.CacheStats> cacheStats() {
        return java.util.Optional.ofNullable(shared.caches().stats().get(stageName()));
    }

    /**
     * The usage plans' quota use as this gateway counted it (all stages share the counters): every key, or only the
     * one with this name or id; empty when no usage plan lists that key.
     */
    public java.util.Optional<UsageReport> usage(java.util.Optional<String> key) {
        return new UsageReporter(deployment.config(), shared.traffic().quotas()).report(options.clock().instant(),
                key);
    }

    /** The WebSocket engine of this stage, when the API is a WebSocket API. */
    public java.util.Optional<WebSocketEngine> webSocket() {
        return webSocket;
    }

    public Deployment deployment() {
        return deployment;
    }

    public String stageName() {
        return deployment.stage().name();
    }
}
