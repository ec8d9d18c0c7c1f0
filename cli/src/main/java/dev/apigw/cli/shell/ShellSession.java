package dev.apigw.cli.shell;

import dev.apigw.cli.routes.ProjectSource;
import dev.apigw.model.api.ApiDefinition;
import dev.apigw.model.api.ApiType;
import dev.apigw.model.api.Resource;
import dev.apigw.model.diag.ApigwException;
import dev.apigw.model.project.ApiProject;
import dev.apigw.openapi.project.LoadedProject;
import dev.apigw.simulator.Gateway;
import dev.apigw.simulator.Simulator;
import dev.apigw.simulator.SimulatorOptions;
import dev.apigw.simulator.pipeline.ContextValues;
import dev.apigw.simulator.server.ApigwServer;
import dev.apigw.simulator.server.ServerSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The state of one {@code apigw shell}: the project it loaded (until {@code reload}), the simulators that
 * {@code invoke} runs requests through (one per stage, kept so that throttling and caches behave as on a server),
 * and the background server of {@code serve}. Commands run in the shell take this project when no PROJECT is given.
 */
public final class ShellSession implements CompletionData, AutoCloseable {

    private final Path target;
    private final Map<String, String> parameters;
    private final ProjectSource disk = ProjectSource.disk();
    private volatile LoadedProject loaded;
    private final Map<String, Simulator> simulators = new LinkedHashMap<>();
    private final Optional<String> api;
    private Served served;
    private boolean exitRequested;

    /** A background server started by {@code serve}. */
    public record Served(ApigwServer server, Gateway gateway, String stage, String url) {
    }

    private ShellSession(Path target, Map<String, String> parameters, Optional<String> api, LoadedProject loaded) {
        this.target = target;
        this.parameters = Map.copyOf(parameters);
        this.api = api;
        this.loaded = loaded;
    }

    /** Loads the project; an unreadable project fails here, before the shell starts. */
    public static ShellSession open(Path target, Map<String, String> parameters) {
        return open(target, parameters, Optional.empty());
    }

    /** Loads the project, or the API {@code api} of a template that defines several. */
    public static ShellSession open(Path target, Map<String, String> parameters, Optional<String> api) {
        Path absolute = target.toAbsolutePath().normalize();
        LoadedProject loaded = ProjectSource.disk().load(Optional.of(absolute), parameters, api);
        requireServable(loaded.project());
        return new ShellSession(absolute, parameters, api, loaded);
    }

    /** The PROJECT argument as the shell was started with it, absolute. */
    public Path target() {
        return target;
    }

    public LoadedProject loaded() {
        return loaded;
    }

    public ApiDefinition api() {
        return loaded.project().api();
    }

    /** The directory holding the project file (or the definition when there is none). */
    public Path projectDirectory() {
        return loaded.projectFile().orElse(loaded.definitionFile()).toAbsolutePath().getParent();
    }

    /**
     * Where the history of this project's shell lives: {@code .apigw/history} in the project directory; empty when
     * that directory cannot be created (a read-only checkout), and the shell then keeps history in memory only.
     */
    public Optional<Path> historyFile() {
        Path dir = projectDirectory().resolve(".apigw");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.of(dir.resolve("history"));
    }

    /** For commands run in the shell: the loaded project without PROJECT, otherwise the one named. */
    public ProjectSource source() {
        return (t, p, api) -> t.isPresent() ? disk.load(t, p, api) : loaded;
    }

    /** Re-reads the project; the simulators and a running server switch to it, keeping their state. */
    public synchronized ApiProject reload() {
        LoadedProject fresh = disk.load(Optional.of(target), parameters, api);
        ApiProject project = requireServable(fresh.project());
        loaded = fresh;
        simulators.replaceAll((stage, simulator) -> simulator.rebuild(project));
        if (served != null) {
            served.gateway().reload(project);
        }
        return project;
    }

    /** The simulator of a stage (the default stage when empty), built on first use. */
    public synchronized Simulator simulator(Optional<String> stage, Map<String, String> stageVariables) {
        String name = stage.orElseGet(this::defaultStage);
        if (!stageVariables.isEmpty()) {
            return Simulator.create(loaded.project(), options(name).withStageVariables(stageVariables));
        }
        return simulators.computeIfAbsent(name, n -> Simulator.create(loaded.project(), options(n)));
    }

    /** Starts {@code serve} in the background on {@code port} (0: a free one). */
    public synchronized Served serve(Optional<String> stage, int port) {
        if (served != null) {
            throw new ApigwException(ApigwException.Kind.USAGE, "already serving at " + served.url()
                    + "; run 'stop' first");
        }
        String name = stage.orElseGet(this::defaultStage);
        Gateway gateway = new Gateway(loaded.project(), List.of(options(name)));
        ApigwServer server;
        try {
            server = ApigwServer.start(gateway, new ServerSettings("127.0.0.1", port));
        } catch (RuntimeException e) {
            throw ApigwException.input("cannot listen on 127.0.0.1:" + port + ": " + e.getMessage());
        }
        String path = ContextValues.DEFAULT_STAGE.equals(name) ? "/" : "/" + name;
        served = new Served(server, gateway, name, "http://127.0.0.1:" + server.port() + path);
        return served;
    }

    /** Stops the background server; empty when none was running. */
    public synchronized Optional<Served> stop() {
        Served stopped = served;
        served = null;
        if (stopped != null) {
            stopped.server().close();
        }
        return Optional.ofNullable(stopped);
    }

    public synchronized Optional<Served> served() {
        return Optional.ofNullable(served);
    }

    public void requestExit() {
        exitRequested = true;
    }

    public boolean exitRequested() {
        return exitRequested;
    }

    /** The stage used when none is named: the project's first declared stage, else dev ($default for HTTP APIs). */
    public String defaultStage() {
        ApiProject project = loaded.project();
        return project.config().stages().keySet().stream().findFirst()
                .orElse(project.api().type() == ApiType.HTTP ? ContextValues.DEFAULT_STAGE : "dev");
    }

    @Override
    public List<String> stageNames() {
        Set<String> names = new LinkedHashSet<>(loaded.project().config().stages().keySet());
        names.add(defaultStage());
        return List.copyOf(names);
    }

    @Override
    public List<String> httpMethods() {
        Set<String> methods = new LinkedHashSet<>();
        for (Resource resource : api().resources()) {
            resource.methods().forEach(m -> methods.add(m.httpMethod()));
        }
        return List.copyOf(methods);
    }

    @Override
    public List<String> routePaths(String method) {
        String verb = method.toUpperCase(Locale.ROOT);
        boolean known = httpMethods().contains(verb) || "ANY".equals(verb);
        List<String> paths = new ArrayList<>();
        for (Resource resource : api().resources()) {
            boolean has = resource.methods().stream().anyMatch(m -> m.httpMethod().equals(verb) || m.isAny());
            if (!known || has) {
                paths.add(resource.path().equals("/$default") ? "$default" : resource.path());
            }
        }
        return paths.stream().sorted().distinct().toList();
    }

    @Override
    public synchronized void close() {
        stop();
    }

    private SimulatorOptions options(String stage) {
        return SimulatorOptions.stage(stage).withWorkingDirectory(projectDirectory());
    }

    private static ApiProject requireServable(ApiProject project) {
        if (project.api().type() == ApiType.WEBSOCKET) {
            throw ApigwException.input("apigw simulates REST and HTTP APIs; WebSocket APIs cannot be loaded in the "
                    + "shell yet");
        }
        return project;
    }
}
