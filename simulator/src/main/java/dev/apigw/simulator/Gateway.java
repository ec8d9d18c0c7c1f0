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
import dev.apigw.simulator.http.HttpHeaders;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The APIs served behind one address, like execute-api: a request whose {@code Host} is an API's own host name
 * ({@code {apiId}.execute-api.localhost}, or {@code {apiId}.execute-api.{region}.amazonaws.com}) goes to that API;
 * any other goes by its first path segment to the first API with a stage of that name, else to the API whose
 * {@code $default} (or only) stage takes every path. {@link #reload} swaps in new definitions; requests already
 * running finish on the old ones.
 */
public final class Gateway implements AutoCloseable {
    private final List<ApiStages> apis = new ArrayList<>();
    private final StandardPipeline.Shared shared;

    public Gateway(ApiProject project, List<SimulatorOptions> stageOptions) {
        this(project, stageOptions, RuntimeSettings.defaults());
    }

    /** With how local Lambda functions run (warm mode, idle stop, where their output goes). */
    public Gateway(ApiProject project, List<SimulatorOptions> stageOptions, RuntimeSettings functions) {
        this(List.of(new ServedApi(project, stageOptions)), functions);
    }

    /** Several APIs (the APIs of one template), sharing function instances, caches and counters. */
    public Gateway(List<ServedApi> served, RuntimeSettings functions) {
        if (served.isEmpty()) {
            throw new IllegalArgumentException("at least one API is needed");
        }
        shared = StandardPipeline.Shared.create(functions);
        try {
            for (ServedApi api : served) {
                apis.add(new ApiStages(api, shared));
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

    /** The stages of the first API (the only one, unless a template defines several). */
    public List<String> stageNames() {
        return apis.get(0).stageNames();
    }

    /** A stage of the first API. */
    public Simulator simulator(String stage) {
        return apis.get(0).stages().get(stage).get();
    }

    /** The API id of each served API, in order: {@code {apiId}.execute-api.localhost} reaches it. */
    public List<String> apiIds() {
        return apis.stream().map(ApiStages::apiId).toList();
    }

    /**
     * Where two APIs claim the same path: a stage name that an earlier API also has (the earlier one gets
     * {@code /{stage}}), or a second API taking every path. Each stays reachable on its own host name.
     */
    public List<String> conflicts() {
        List<String> out = new ArrayList<>();
        Map<String, ApiStages> owners = new LinkedHashMap<>();
        ApiStages catchAll = null;
        for (ApiStages api : apis) {
            for (String stage : api.stageNames()) {
                ApiStages owner = owners.putIfAbsent(stage, api);
                if (owner != null) {
                    out.add("APIs " + name(owner) + " and " + name(api) + " both have stage " + stage + ": /"
                            + stage + " goes to " + name(owner) + "; reach " + name(api) + " at host "
                            + api.apiId() + ".execute-api.localhost");
                }
            }
            if (api.fallback("/", false).isPresent() && apis.size() > 1) {
                if (catchAll != null) {
                    out.add("APIs " + name(catchAll) + " and " + name(api) + " both take every path: it goes to "
                            + name(catchAll) + "; reach " + name(api) + " at host " + api.apiId()
                            + ".execute-api.localhost");
                } else {
                    catchAll = api;
                }
            }
        }
        return out;
    }

    private static String name(ApiStages api) {
        return api.logicalId().orElse(api.apiId());
    }

    /** CacheHitCount / CacheMissCount of each stage with its cache enabled (also across hot reloads). */
    public Map<String, CacheStats> cacheStats() {
        return shared.caches().stats();
    }

    /** Replaces the API of every stage; stage options (variables, working directory) stay. */
    public void reload(ApiProject project) {
        reload(List.of(project));
    }

    /**
     * Replaces each served API by the new definition with the same logical id (or, for one API, by the only new
     * one); an API that is gone keeps serving its last version.
     */
    public void reload(List<ApiProject> projects) {
        if (apis.size() == 1 && projects.size() == 1) {
            apis.get(0).reload(projects.get(0));
            return;
        }
        for (ApiStages api : apis) {
            projects.stream().filter(p -> p.logicalId().equals(api.logicalId())).findFirst().ifPresent(api::reload);
        }
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
        Optional<ApiStages.Routed> routed = route(request);
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
        for (ApiStages api : apis) {
            api.stages().forEach((name, ref) -> settings.putIfAbsent(name, ref.get().executionLogSettings()));
        }
        return settings;
    }

    /**
     * The WebSocket engine serving a handshake path ({@code /dev}), when the API is a WebSocket API; the path after
     * the stage must be empty, as {@code wss://host/stage} is the only WebSocket URL API Gateway has.
     */
    public Optional<dev.apigw.simulator.websocket.WebSocketEngine> webSocket(String path) {
        return route(Optional.empty(), path).filter(r -> r.path().equals("/") || r.path().isEmpty())
                .flatMap(r -> r.simulator().webSocket());
    }

    /** Closes, in every served stage, the WebSocket connections past their idle timeout or maximum duration. */
    public void sweepConnections() {
        apis.forEach(api -> api.stages().values().forEach(ref -> ref.get().webSocket().ifPresent(
                dev.apigw.simulator.websocket.WebSocketEngine::sweep)));
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
        return apis.stream().flatMap(api -> api.stages().values().stream())
                .anyMatch(ref -> ref.get().webSocket().isPresent());
    }

    private Optional<ApiStages.Routed> route(HttpRequest request) {
        if (apis.size() == 1) {
            return apis.get(0).route(request.path());
        }
        return route(HttpHeaders.first(request.headers(), "Host"), request.path());
    }

    private Optional<ApiStages.Routed> route(Optional<String> host, String path) {
        if (host.isPresent()) {
            String name = host.get().toLowerCase(java.util.Locale.ROOT);
            int colon = name.indexOf(':');
            String hostname = colon < 0 ? name : name.substring(0, colon);
            for (ApiStages api : apis) {
                if (hostname.startsWith(api.apiId() + ".execute-api.")) {
                    return api.byStage(path).or(() -> api.fallback(path, true));
                }
            }
        }
        for (ApiStages api : apis) {
            Optional<ApiStages.Routed> routed = api.byStage(path);
            if (routed.isPresent()) {
                return routed;
            }
        }
        for (ApiStages api : apis) {
            Optional<ApiStages.Routed> routed = api.fallback(path, false);
            if (routed.isPresent()) {
                return routed;
            }
        }
        return Optional.empty();
    }
}
