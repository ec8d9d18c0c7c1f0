package dev.apigw.simulator;

import dev.apigw.model.project.ApiProject;
import dev.apigw.simulator.cache.CacheStats;
import dev.apigw.simulator.http.HttpRequest;
import dev.apigw.simulator.lambda.runtime.RuntimeSettings;
import dev.apigw.simulator.http.HttpResponse;
import dev.apigw.simulator.log.ExecutionLog;
import dev.apigw.simulator.log.ExecutionLogSettings;
import dev.apigw.simulator.pipeline.ContextValues;
import dev.apigw.simulator.pipeline.Invocation;
import dev.apigw.simulator.pipeline.TraceLevel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Several stages of one API behind one address, like the execute-api host: {@code /{stage}/...} goes to that
 * stage, and when only one stage is served, any other path goes to it too. {@link #reload} swaps in a new API for
 * every stage at once; requests already running finish on the old one.
 */
public final class Gateway implements AutoCloseable {
    private final Map<String, AtomicReference<Simulator>> stages = new LinkedHashMap<>();
    private final StandardPipeline.Shared shared;

    public Gateway(ApiProject project, List<SimulatorOptions> stageOptions) {
        this(project, stageOptions, RuntimeSettings.defaults());
    }

    /** With how local Lambda functions run (warm mode, idle stop, where their output goes). */
    public Gateway(ApiProject project, List<SimulatorOptions> stageOptions, RuntimeSettings functions) {
        if (stageOptions.isEmpty()) {
            throw new IllegalArgumentException("at least one stage is needed");
        }
        shared = StandardPipeline.Shared.create(functions);
        try {
            for (SimulatorOptions options : stageOptions) {
                stages.put(options.stage(), new AtomicReference<>(Simulator.create(project, options, shared)));
            }
        } catch (RuntimeException e) {
            shared.runtimes().close();
            throw e;
        }
    }

    /** Stops every function instance the gateway started. */
    @Override
    public void close() {
        shared.runtimes().close();
    }

    public List<String> stageNames() {
        return List.copyOf(stages.keySet());
    }

    public Simulator simulator(String stage) {
        return stages.get(stage).get();
    }

    /** CacheHitCount / CacheMissCount of each stage with its cache enabled (also across hot reloads). */
    public Map<String, CacheStats> cacheStats() {
        return shared.caches().stats();
    }

    /** Replaces the API of every stage; stage options (variables, working directory) stay. */
    public void reload(ApiProject project) {
        Map<String, Simulator> rebuilt = new LinkedHashMap<>();
        stages.forEach((name, ref) -> rebuilt.put(name, ref.get().rebuild(project)));
        rebuilt.forEach((name, simulator) -> stages.get(name).set(simulator));
    }

    /** Handles a request whose path still includes the stage ({@code /dev/pets}). */
    public HttpResponse handle(HttpRequest request) {
        return execute(request).map(i -> i.response().orElseThrow()).orElseGet(Simulator::forbidden);
    }

    /**
     * Runs a request whose path still includes the stage and returns the whole invocation (for the access log);
     * empty when no served stage takes the path, which execute-api answers with {@link Simulator#forbidden()}.
     */
    public Optional<Invocation> execute(HttpRequest request) {
        return execute(request, true);
    }

    /** Like {@link #execute(HttpRequest)}; without {@code traced} the invocation keeps no execution log. */
    public Optional<Invocation> execute(HttpRequest request, boolean traced) {
        return execute(request, s -> traced ? TraceLevel.ALL : TraceLevel.OFF);
    }

    /**
     * Like {@link #execute(HttpRequest)}, as {@code apigw serve} runs requests: the invocation keeps as much of its
     * execution log as {@code log} will print for the stage that takes it (at ERROR, only why it failed).
     */
    public Optional<Invocation> execute(HttpRequest request, ExecutionLog log) {
        return execute(request, s -> log.traceLevel(s.executionLogSettings()));
    }

    private Optional<Invocation> execute(HttpRequest request, Function<Simulator, TraceLevel> tracing) {
        Optional<Routed> routed = route(request.path());
        if (routed.isEmpty()) {
            return Optional.empty();
        }
        HttpRequest inner = new HttpRequest(request.method(), routed.get().path(), request.headers(),
                request.query(), request.body(), request.sourceIp());
        Simulator simulator = routed.get().simulator();
        return Optional.of(simulator.execute(inner, tracing.apply(simulator)));
    }

    /** Each served stage's execution logging, by stage name (as of now: a hot reload may change it). */
    public Map<String, ExecutionLogSettings> executionLogSettings() {
        Map<String, ExecutionLogSettings> settings = new LinkedHashMap<>();
        stages.forEach((name, ref) -> settings.put(name, ref.get().executionLogSettings()));
        return settings;
    }

    /**
     * The WebSocket engine serving a handshake path ({@code /dev}), when the API is a WebSocket API; the path after
     * the stage must be empty, as {@code wss://host/stage} is the only WebSocket URL API Gateway has.
     */
    public Optional<dev.apigw.simulator.websocket.WebSocketEngine> webSocket(String path) {
        return route(path).filter(r -> r.path().equals("/") || r.path().isEmpty())
                .flatMap(r -> r.simulator().webSocket());
    }

    /** Closes, in every served stage, the WebSocket connections past their idle timeout or maximum duration. */
    public void sweepConnections() {
        stages.values().forEach(ref -> ref.get().webSocket().ifPresent(
                dev.apigw.simulator.websocket.WebSocketEngine::sweep));
    }

    /**
     * Where WebSocket APIs write their access log lines (one per connect, message and disconnect, in each stage's
     * format), in every stage and after hot reloads too. REST and HTTP API requests are logged by whoever runs them,
     * from the invocation {@link #execute} returns.
     */
    public void attachAccessLog(dev.apigw.simulator.log.AccessLog log) {
        shared.accessLog().attach(log);
    }

    /** Whether the served API is a WebSocket API. */
    public boolean servesWebSockets() {
        return stages.values().stream().anyMatch(ref -> ref.get().webSocket().isPresent());
    }

    private Optional<Routed> route(String path) {
        String rest = path.startsWith("/") ? path.substring(1) : path;
        int slash = rest.indexOf('/');
        String first = slash < 0 ? rest : rest.substring(0, slash);
        AtomicReference<Simulator> stage = stages.get(first);
        if (stage != null) {
            return Optional.of(new Routed(stage.get(), slash < 0 ? "/" : rest.substring(slash)));
        }
        AtomicReference<Simulator> fallback = stages.get(ContextValues.DEFAULT_STAGE);
        if (fallback == null && stages.size() == 1) {
            fallback = stages.values().iterator().next();
        }
        return fallback == null ? Optional.empty() : Optional.of(new Routed(fallback.get(), path));
    }

    private record Routed(Simulator simulator, String path) {
    }
}
