package dev.apigw.cli.commands;

import dev.apigw.cli.BaseCommand;
import dev.apigw.cli.mixin.OutputMixin;
import dev.apigw.cli.mixin.ParamMixin;
import dev.apigw.cli.mixin.Verbosity;
import dev.apigw.cli.output.JsonOutput;
import dev.apigw.model.api.ApiType;
import dev.apigw.model.diag.ApigwException;
import dev.apigw.model.project.ApiProject;
import dev.apigw.openapi.project.LoadedApp;
import dev.apigw.openapi.project.LoadedProject;
import dev.apigw.openapi.project.ProjectLoader;
import dev.apigw.openapi.read.ImportOptions;
import dev.apigw.simulator.Gateway;
import dev.apigw.simulator.ServedApi;
import dev.apigw.simulator.SimulatorOptions;
import dev.apigw.simulator.lambda.runtime.RuntimeSettings;
import dev.apigw.simulator.log.AccessLog;
import dev.apigw.simulator.log.LineWriter;
import dev.apigw.simulator.log.ExecutionLog;
import dev.apigw.simulator.pipeline.ContextValues;
import dev.apigw.simulator.reload.HotReloader;
import dev.apigw.simulator.server.ApigwServer;
import dev.apigw.simulator.server.GracefulStop;
import dev.apigw.simulator.server.ServerSettings;
import java.io.IOException;
import java.net.BindException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code apigw serve}: serves stages of a REST API locally under {@code /{stage}/...} (and at {@code /} when one
 * stage is served), reloading the API when its files change, until SIGINT/SIGTERM.
 *
 * <p>Standard output: in text mode one {@code apigw: serving ...} line per stage (scripts parse it, so its form is
 * fixed), then the access log unless {@code --access-log} names a file. With {@code --output json}, one JSON line
 * ({@link ServeReady}) and nothing more: the access log then goes to standard error (or the file), so stdout stays
 * one document.
 */
@Command(name = "serve",
        description = {"Serve a REST API locally as API Gateway would, one stage per path prefix; reloads on edits.",
            "Once it accepts requests it prints 'apigw: serving API stage S at URL' per stage, or with --output json "
                    + "one line of JSON ({\"api\", \"type\", \"host\", \"port\", \"stages\": [{\"stage\", "
                    + "\"url\"}], ...}) and nothing else on stdout: the access log then goes to stderr unless "
                    + "--access-log is given.",
            "Each stage's execution log goes to stderr: by default one line per failed request saying why; "
                    + "logging: {level: INFO, dataTrace: true} in apigw.yaml adds every request's steps and data, "
                    + "level: OFF turns it off, and -q keeps only the failure lines (docs/logging.md)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Stopped by SIGINT/SIGTERM after in-flight requests finished.",
            "2:Usage error (unknown option, bad --port or --stage-var).",
            "3:The project is missing or invalid, the port is in use, or the access log cannot be written."
        })
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
                    + "output (standard error with --output json).")
    Path accessLogFile;

    @Option(names = "--warm", paramLabel = "eager|lazy", defaultValue = "lazy",
            converter = WarmConverter.class,
            description = "Start each function's first instance when the server starts (eager), or at its first "
                    + "invocation (lazy, the default), like SAM's --warm-containers.")
    RuntimeSettings.Warm warm;

    @Option(names = "--function-idle", paramLabel = "SECONDS", defaultValue = "300",
            description = "Stop a function instance after it has been idle this long (default: ${DEFAULT-VALUE}).")
    int functionIdleSeconds;

    @Mixin
    ParamMixin params;

    @Mixin
    OutputMixin output;

    @Override
    public Integer call() throws Exception {
        validateOptions();
        ProjectLoader loader = new ProjectLoader();
        ImportOptions importOptions = ImportOptions.defaults().withParameters(params.parameters());
        LoadedApp app = loader.loadAll(target, importOptions);
        List<LoadedProject> chosen = params.api().isPresent() ? List.of(app.choose(params.api())) : app.apis();
        List<ServedApi> served = served(chosen);
        LoadedProject loaded = chosen.get(0);
        ApiProject project = served.get(0).project();
        // Function output goes through its own writer thread: a request never waits on the terminal or the disk.
        LineWriter functionOutput = new LineWriter(err(), false, "function log");
        Gateway gateway = new Gateway(served, RuntimeSettings.defaults().withWarm(warm)
                .withIdleStop(Duration.ofSeconds(functionIdleSeconds)).withLog(functionOutput::write));
        if (output.verbosity() == Verbosity.VERBOSE) {
            err().println("apigw: loaded " + project.api().title() + " (" + project.api().type().name()
                    .toLowerCase(Locale.ROOT) + ") from " + loaded.definitionFile().toAbsolutePath().normalize()
                    + loaded.projectFile().map(f -> " with " + f.toAbsolutePath().normalize()).orElse(""));
            err().flush();
        }

        try (LineWriter functionLog = functionOutput;
                Gateway functions = gateway;
                AccessLog accessLog = accessLog();
                // Each stage's execution log (logging: level/dataTrace, ERROR by default) on stderr; see
                // docs/logging.md. -q ("print only errors") keeps only the ERROR lines.
                ExecutionLog executionLog = ExecutionLog.to(err(), output.verbosity() == Verbosity.QUIET);
                ApigwServer server = start(gateway, accessLog, executionLog);
                HotReloader reloader = reloader(gateway, loader, importOptions, loaded, chosen.size() > 1);
                // The last part closed: a signal's shutdown hook runs the stop, and the JVM may halt right after it.
                GracefulStop stop = GracefulStop.of(reloader, server, functions, accessLog, executionLog,
                        this::announceStopped).onSignals()) {
            if (output.verbosity() != Verbosity.QUIET) {
                // What a template holds that is not emulated, said once per resource and property.
                chosen.stream().flatMap(p -> p.warnings().stream()).filter(d -> d.ruleId().startsWith(
                        "APIGW-TEMPLATE")).distinct().forEach(d -> err().println("apigw: " + d.oneLine()));
            }
            gateway.conflicts().forEach(c -> err().println("apigw: " + c));
            err().flush();
            printServing(served, gateway.apiIds(), server.port());
            try {
                stop.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return EXIT_OK;
    }

    /**
     * The APIs to serve, each in its stages: the {@code --stage}s it has (a name no API has is an error listing
     * the stages there are), else the stages a template declares for it, else the project's default stage.
     */
    private List<ServedApi> served(List<LoadedProject> apis) {
        List<String> wanted = List.copyOf(new LinkedHashSet<>(stages));
        List<ServedApi> served = new ArrayList<>();
        Set<String> known = new LinkedHashSet<>();
        for (LoadedProject loaded : apis) {
            ApiProject project = requireServable(loaded.project());
            Set<String> declared = project.config().stages().keySet();
            known.addAll(declared);
            List<String> names;
            if (wanted.isEmpty()) {
                names = project.logicalId().isPresent() && !declared.isEmpty() ? List.copyOf(declared)
                        : List.of(defaultStage(project));
            } else if (declared.isEmpty()) {
                names = wanted;
            } else {
                names = wanted.stream().filter(declared::contains).toList();
            }
            if (names.isEmpty()) {
                continue;
            }
            Path workingDirectory = loaded.projectFile().orElse(loaded.definitionFile()).toAbsolutePath()
                    .getParent();
            served.add(new ServedApi(project, names.stream().map(s -> SimulatorOptions.stage(s)
                    .withStageVariables(stageVariables).withWorkingDirectory(workingDirectory)).toList()));
        }
        List<String> unknown = wanted.stream().filter(w -> !known.contains(w)).toList();
        if (served.isEmpty() || (!unknown.isEmpty() && !known.isEmpty() && apis.size() == 1)) {
            throw ApigwException.input("unknown stage " + String.join(", ", unknown) + ": the "
                    + (apis.size() == 1 ? "project" : "template") + " has stage" + (known.size() == 1 ? " " : "s ")
                    + String.join(", ", known) + " (--stage takes one of them)");
        }
        return served;
    }

    /** A stage the project declares, or any name when it declares none; a typo is an error listing the stages. */
    static String requireStage(ApiProject project, String name) {
        var declared = project.config().stages().keySet();
        if (!declared.isEmpty() && !declared.contains(name)) {
            throw ApigwException.input("unknown stage " + name + ": the project has stage" + (declared.size() == 1
                    ? " " : "s ") + String.join(", ", declared) + " (--stage takes one of them)");
        }
        return name;
    }

    /** {@code --warm eager|lazy}, in any case. */
    static final class WarmConverter implements picocli.CommandLine.ITypeConverter<RuntimeSettings.Warm> {
        @Override
        public RuntimeSettings.Warm convert(String value) {
            try {
                return RuntimeSettings.Warm.valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not eager or lazy");
            }
        }
    }

    private void announceStopped() {
        if (output.verbosity() == Verbosity.VERBOSE) {
            err().println("apigw: stopped");
            err().flush();
        }
    }

    private ApigwServer start(Gateway gateway, AccessLog accessLog, ExecutionLog executionLog) {
        try {
            return ApigwServer.start(gateway, new ServerSettings(host, port), accessLog, executionLog);
        } catch (RuntimeException e) {
            // Javalin wraps the BindException; "port in use" is the user's to fix, not a stack trace.
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof BindException bind) {
                    String why = String.valueOf(bind.getMessage());
                    throw ApigwException.input("cannot listen on " + host + ":" + port + ": "
                            + (why.contains("in use") ? "the port is in use (pick another --port, or 0 for a free "
                            + "one)" : why));
                }
            }
            throw e;
        }
    }

    /** The ready message: the fixed text lines, or one JSON line; flushed, since a script is waiting for it. */
    private void printServing(List<ServedApi> served, List<String> apiIds, int boundPort) {
        String base = host + ":" + boundPort;
        if (output.json()) {
            List<ServeReady.Api> apis = new ArrayList<>();
            for (int i = 0; i < served.size(); i++) {
                ApiProject project = served.get(i).project();
                apis.add(new ServeReady.Api(project.api().title(), project.logicalId().orElse(null), apiIds.get(i),
                        project.api().type().name().toLowerCase(Locale.ROOT), readyStages(served.get(i), base),
                        "http://" + apiIds.get(i) + ".execute-api.localhost:" + boundPort));
            }
            ServeReady.Api first = apis.get(0);
            JsonOutput.writeLine(out(), new ServeReady(first.api(), first.type(), host, boundPort, first.stages(),
                    !noReload, accessLogFile == null ? "stderr" : accessLogFile.toString(), apis.size() > 1 ? apis
                    : null));
            return;
        }
        for (ServedApi api : served) {
            ApiProject project = api.project();
            for (SimulatorOptions stage : api.stages()) {
                String name = stage.stage();
                if (project.api().type() == ApiType.WEBSOCKET) {
                    out().println("apigw: serving WebSocket API " + project.api().title() + " stage " + name
                            + " at ws://" + base + stagePath(name) + " (@connections at http://" + base
                            + stagePath(name) + "/@connections)");
                    continue;
                }
                out().println("apigw: serving " + project.api().title() + " stage " + name + " at http://" + base
                        + stagePath(name));
            }
        }
        out().flush();
    }

    private static List<ServeReady.Stage> readyStages(ServedApi api, String base) {
        boolean webSocket = api.project().api().type() == ApiType.WEBSOCKET;
        return api.stages().stream().map(SimulatorOptions::stage).map(name -> webSocket
                ? new ServeReady.Stage(name, "ws://" + base + stagePath(name), "http://" + base + stagePath(name)
                        + "/@connections")
                : new ServeReady.Stage(name, "http://" + base + stagePath(name), null)).toList();
    }

    /** The file given, else stdout in text mode; stderr in JSON mode, where stdout holds only the ready document. */
    private AccessLog accessLog() {
        if (accessLogFile == null) {
            return AccessLog.to(output.json() ? err() : out());
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
            LoadedProject loaded, boolean several) {
        List<Path> watched = new ArrayList<>();
        loaded.projectFile().ifPresent(f -> watched.add(f.toAbsolutePath().getParent()));
        watched.add(loaded.definitionFile().toAbsolutePath().getParent());
        HotReloader reloader = new HotReloader(gateway, watched.stream().distinct().toList(),
                new HotReloader.Listener() {
                    @Override
                    public void reloaded(ApiProject project) {
                        if (output.verbosity() == Verbosity.QUIET) {
                            return; // a failed reload is still reported: the server then runs an older version
                        }
                        err().println("apigw: reloaded " + project.api().title() + (output.verbosity()
                                == Verbosity.VERBOSE ? " at " + java.time.LocalTime.now().withNano(0) + " ("
                                + project.api().resources().size() + " resources)" : ""));
                        err().flush();
                    }

                    @Override
                    public void failed(String message) {
                        err().println("apigw: reload failed, still serving the last good version: " + message);
                        err().flush();
                    }
                }, () -> loader.loadAll(target, importOptions).apis().stream()
                        .filter(p -> !several || params.api().isEmpty() || p.project().logicalId().equals(params.api()))
                        .map(p -> requireServable(p.project())).toList());
        if (noReload) {
            return reloader;
        }
        if (output.verbosity() == Verbosity.VERBOSE) {
            err().println("apigw: watching " + watched.stream().distinct().map(Path::toString)
                    .collect(java.util.stream.Collectors.joining(", ")) + " for changes");
            err().flush();
        }
        return reloader.start(Duration.ofMillis(250));
    }

    /** REST, HTTP and WebSocket APIs are simulated; a WebSocket API needs its websocket section. */
    static ApiProject requireServable(ApiProject project) {
        if (project.api().type() == ApiType.WEBSOCKET && project.config().webSocket().isEmpty()) {
            throw ApigwException.input("a WebSocket API is defined in apigw.yaml: add type: websocket and a "
                    + "websocket section with routeSelectionExpression and routes (see docs/websocket.md)");
        }
        return project;
    }

    /** Where a stage is served: an HTTP API's {@code $default} stage at the root, any other under its name. */
    static String stagePath(String stage) {
        return ContextValues.DEFAULT_STAGE.equals(stage) ? "/" : "/" + stage;
    }

    private void validateOptions() {
        if (functionIdleSeconds < 1) {
            throw usageError("--function-idle must be at least 1 second but was " + functionIdleSeconds);
        }
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
