package dev.apigw.cli.commands;

import dev.apigw.cli.BaseCommand;
import dev.apigw.cli.mixin.ParamMixin;
import dev.apigw.model.api.ApiType;
import dev.apigw.model.diag.ApigwException;
import dev.apigw.model.project.ApiProject;
import dev.apigw.openapi.project.LoadedProject;
import dev.apigw.openapi.project.ProjectLoader;
import dev.apigw.openapi.read.ImportOptions;
import dev.apigw.simulator.Gateway;
import dev.apigw.simulator.SimulatorOptions;
import dev.apigw.simulator.log.AccessLog;
import dev.apigw.simulator.pipeline.ContextValues;
import dev.apigw.simulator.reload.HotReloader;
import dev.apigw.simulator.server.ApigwServer;
import dev.apigw.simulator.server.GracefulStop;
import dev.apigw.simulator.server.ServerSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code apigw serve}: serves stages of a REST API locally under {@code /{stage}/...} (and at {@code /} when one
 * stage is served), reloading the API when its files change, until SIGINT/SIGTERM.
 */
@Command(name = "serve",
        description = "Serve a REST API locally as API Gateway would, one stage per path prefix; reloads on edits.")
public final class ServeCommand extends BaseCommand {
    private static final Pattern STAGE_VARIABLE_NAME = Pattern.compile("[A-Za-z0-9_]+");

    @Parameters(arity = "0..1", paramLabel = "PROJECT",
            description = "Project directory, apigw.yaml or OpenAPI file (default: the current directory).")
    Path target = Path.of(".");

    @Option(names = "--stage", paramLabel = "NAME",
            description = "Stage to serve (repeatable; default: the project's first stage, else dev).")
    List<String> stages = new ArrayList<>();

    @Option(names = "--stage-var", paramLabel = "KEY=VALUE",
            description = "Set or override a stage variable in every served stage (repeatable).")
    Map<String, String> stageVariables = new LinkedHashMap<>();

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "3000",
            description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--no-reload", description = "Do not watch the files for changes.")
    boolean noReload;

    @Option(names = "--access-log", paramLabel = "FILE",
            description = "Append the access log (each stage's accessLog.format) to FILE instead of standard "
                    + "output.")
    Path accessLogFile;

    @Mixin
    ParamMixin params;

    @Override
    public Integer call() throws Exception {
        validateOptions();
        ProjectLoader loader = new ProjectLoader();
        ImportOptions importOptions = ImportOptions.defaults().withParameters(params.parameters());
        LoadedProject loaded = loader.load(target, importOptions);
        ApiProject project = requireServable(loaded.project());
        Path workingDirectory = loaded.projectFile().orElse(loaded.definitionFile()).toAbsolutePath().getParent();
        List<String> names = stages.isEmpty() ? List.of(defaultStage(project))
                : List.copyOf(new LinkedHashSet<>(stages));
        List<SimulatorOptions> options = names.stream().map(s -> SimulatorOptions.stage(s)
                .withStageVariables(stageVariables).withWorkingDirectory(workingDirectory)).toList();
        Gateway gateway = new Gateway(project, options);

        try (AccessLog accessLog = accessLog();
                ApigwServer server = ApigwServer.start(gateway, new ServerSettings(host, port), accessLog);
                HotReloader reloader = reloader(gateway, loader, importOptions, loaded);
                GracefulStop stop = GracefulStop.of(reloader, server, accessLog).onSignals()) {
            for (String name : names) {
                if (project.api().type() == ApiType.WEBSOCKET) {
                    out().println("apigw: serving WebSocket API " + project.api().title() + " stage " + name
                            + " at ws://" + host + ":" + server.port() + stagePath(name) + " (@connections at http://"
                            + host + ":" + server.port() + stagePath(name) + "/@connections)");
                    continue;
                }
                out().println("apigw: serving " + project.api().title() + " stage " + name + " at http://" + host
                        + ":" + server.port() + stagePath(name));
            }
            out().flush();
            try {
                stop.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return EXIT_OK;
    }

    private AccessLog accessLog() {
        if (accessLogFile == null) {
            return AccessLog.to(out());
        }
        try {
            return AccessLog.toFile(accessLogFile);
        } catch (IOException e) {
            throw ApigwException.input(accessLogFile + ": cannot write the access log: " + e.getMessage());
        }
    }

    /** The stage to use when none is named: the project's first declared stage, else {@code dev}. */
    static String defaultStage(ApiProject project) {
        return project.config().stages().keySet().stream().findFirst()
                .orElse(project.api().type() == ApiType.HTTP ? ContextValues.DEFAULT_STAGE : "dev");
    }

    private HotReloader reloader(Gateway gateway, ProjectLoader loader, ImportOptions importOptions,
            LoadedProject loaded) {
        List<Path> watched = new ArrayList<>();
        loaded.projectFile().ifPresent(f -> watched.add(f.toAbsolutePath().getParent()));
        watched.add(loaded.definitionFile().toAbsolutePath().getParent());
        HotReloader reloader = new HotReloader(gateway,
                () -> requireServable(loader.load(target, importOptions).project()),
                watched.stream().distinct().toList(), new HotReloader.Listener() {
                    @Override
                    public void reloaded(ApiProject project) {
                        err().println("apigw: reloaded " + project.api().title());
                        err().flush();
                    }

                    @Override
                    public void failed(String message) {
                        err().println("apigw: reload failed, still serving the last good version: " + message);
                        err().flush();
                    }
                });
        return noReload ? reloader : reloader.start(Duration.ofMillis(250));
    }

    /** REST, HTTP and WebSocket APIs are simulated; a WebSocket API needs its websocket section. */
    static ApiProject requireServable(ApiProject project) {
        if (project.api().type() == ApiType.WEBSOCKET && project.config().webSocket().isEmpty()) {
            throw ApigwException.input("a WebSocket API is defined in apigw.yaml: add type: websocket and a "
                    + "websocket section with routeSelectionExpression and routes (see README, 'WebSocket APIs')");
        }
        return project;
    }

    /** Where a stage is served: an HTTP API's {@code $default} stage at the root, any other under its name. */
    static String stagePath(String stage) {
        return ContextValues.DEFAULT_STAGE.equals(stage) ? "/" : "/" + stage;
    }

    private void validateOptions() {
        if (port < 0 || port > 65535) {
            throw usageError("--port must be between 0 and 65535 but was " + port);
        }
        for (String name : stageVariables.keySet()) {
            if (!STAGE_VARIABLE_NAME.matcher(name).matches()) {
                throw usageError("Invalid stage variable name '" + name
                        + "' in --stage-var: use only letters, digits and underscores");
            }
        }
    }
}
