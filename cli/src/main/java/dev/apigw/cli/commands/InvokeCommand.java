package dev.apigw.cli.commands;

import dev.apigw.cli.BaseCommand;
import dev.apigw.cli.mixin.OutputMixin;
import dev.apigw.cli.mixin.ParamMixin;
import dev.apigw.cli.mixin.StageMixin;
import dev.apigw.cli.output.JsonOutput;
import dev.apigw.model.api.ApiType;
import dev.apigw.model.diag.ApigwException;
import dev.apigw.openapi.project.LoadedProject;
import dev.apigw.openapi.project.ProjectLoader;
import dev.apigw.openapi.read.ImportOptions;
import dev.apigw.simulator.Simulator;
import dev.apigw.simulator.SimulatorOptions;
import dev.apigw.simulator.http.HttpRequest;
import dev.apigw.simulator.http.HttpResponse;
import dev.apigw.simulator.lambda.runtime.FunctionLog;
import dev.apigw.simulator.lambda.runtime.RuntimeSettings;
import dev.apigw.simulator.log.AccessLog;
import dev.apigw.simulator.pipeline.Invocation;
import dev.apigw.simulator.pipeline.TraceEntry;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code apigw invoke}: runs one request through the simulator pipeline without a server, like the console's Test
 * Invoke, and prints the status, headers and body (and, with {@code --log}, the execution log).
 */
@Command(name = "invoke",
        description = "Run one request through the simulated API Gateway without a server, like the console's "
                + "Test Invoke.")
public final class InvokeCommand extends BaseCommand {

    @Parameters(paramLabel = "[PROJECT] METHOD PATH",
            description = "Project directory, apigw.yaml or OpenAPI file (default: the current directory), the "
                    + "HTTP method and the path below the stage, e.g. GET /pets/7?type=dog.")
    List<String> arguments = new ArrayList<>();

    @Option(names = "--header", paramLabel = "K=V", description = "Request header (repeatable).")
    List<String> headers = new ArrayList<>();

    @Option(names = "--query", paramLabel = "K=V", description = "Query string parameter (repeatable).")
    List<String> query = new ArrayList<>();

    @Option(names = "--body", paramLabel = "TEXT|@FILE", description = "Request body; @FILE reads a file.")
    String body;

    @Option(names = "--log", description = "Also print the execution log: matched method, integration request "
            + "and response, selected integration response, mapped output.")
    boolean log;

    @Mixin
    StageMixin stage;

    @Mixin
    ParamMixin params;

    @Mixin
    OutputMixin output;

    @Override
    public Integer call() {
        if (arguments.size() < 2 || arguments.size() > 3) {
            throw usageError("expected [PROJECT] METHOD PATH, e.g. 'apigw invoke . GET /pets/7', but got "
                    + arguments.size() + " argument(s)");
        }
        Path target = Path.of(arguments.size() == 3 ? arguments.get(0) : ".");
        String method = arguments.get(arguments.size() - 2).toUpperCase(Locale.ROOT);
        String path = arguments.get(arguments.size() - 1);
        if (!path.startsWith("/")) {
            throw usageError("PATH must start with '/' but was '" + path + "'");
        }
        LoadedProject loaded = new ProjectLoader().load(target, ImportOptions.defaults()
                .withParameters(params.parameters()), params.api());
        ServeCommand.requireServable(loaded.project());
        if (loaded.project().api().type() == ApiType.WEBSOCKET) {
            throw ApigwException.input("apigw invoke sends one HTTP request, and a WebSocket API takes messages on a "
                    + "connection: run 'apigw serve' and connect with a WebSocket client (for example wscat -c "
                    + "ws://127.0.0.1:3000/" + ServeCommand.defaultStage(loaded.project()) + "); its routes are listed "
                    + "by 'apigw routes'");
        }
        String stageName = ServeCommand.requireStage(loaded.project(), stage.stage()
                .orElseGet(() -> ServeCommand.defaultStage(loaded.project())));
        Path workingDirectory = loaded.projectFile().orElse(loaded.definitionFile()).toAbsolutePath().getParent();
        // With --log the function's output is in the execution log; without it, it goes to stderr as it comes.
        RuntimeSettings functions = RuntimeSettings.defaults().withLog(log ? FunctionLog.DISCARD : line -> {
            err().println(line);
            err().flush();
        });
        Invocation invocation;
        try (Simulator simulator = Simulator.create(loaded.project(), SimulatorOptions.stage(stageName)
                .withStageVariables(stage.stageVariables()).withWorkingDirectory(workingDirectory), functions)) {
            invocation = simulator.execute(request(method, path));
        }
        HttpResponse response = invocation.response().orElseThrow();
        List<String> trace = new ArrayList<>(invocation.trace().stream().map(TraceEntry::toString).toList());
        // The console's Test Invoke has no access log; --log shows the line the stage's format would write.
        AccessLog.none().render(invocation).ifPresent(line -> trace.add("access log: " + line));
        print(out(), output.json(), response, trace, log);
        return EXIT_OK;
    }

    /** Prints an invocation's answer as {@code apigw invoke} does (also used by the shell's {@code invoke}). */
    public static void print(PrintWriter out, boolean json, HttpResponse response, List<String> trace, boolean log) {
        if (json) {
            JsonOutput.write(out, new InvokeResult(response.status(), response.headers(), response.bodyText(),
                    log ? trace : null));
            return;
        }
        out.println("HTTP " + response.status());
        response.headers().forEach((name, values) -> values.forEach(v -> out.println(name + ": " + v)));
        out.println();
        out.println(response.bodyText());
        if (log) {
            out.println();
            out.println("Execution log:");
            trace.forEach(line -> out.println("  " + line));
        }
        out.flush();
    }

    private HttpRequest request(String method, String path) {
        HttpRequest.Builder builder = HttpRequest.builder(method, path);
        for (String header : headers) {
            String[] kv = keyValue(header, "--header");
            builder.header(kv[0], kv[1]);
        }
        for (String q : query) {
            String[] kv = keyValue(q, "--query");
            builder.query(kv[0], kv[1]);
        }
        if (body != null) {
            builder.body(bodyArgument(body));
        }
        return builder.build();
    }



    /** The {@code --output json} document. */
    record InvokeResult(int status, Map<String, List<String>> headers, String body, List<String> log) {
    }
}
