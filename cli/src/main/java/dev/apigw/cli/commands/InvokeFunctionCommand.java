package dev.apigw.cli.commands;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apigw.cli.BaseCommand;
import dev.apigw.cli.mixin.OutputMixin;
import dev.apigw.cli.mixin.ParamMixin;
import dev.apigw.cli.output.JsonOutput;
import dev.apigw.model.diag.ApigwException;
import dev.apigw.model.project.FunctionBinding;
import dev.apigw.openapi.project.LoadedProject;
import dev.apigw.openapi.project.ProjectLoader;
import dev.apigw.openapi.read.ImportOptions;
import dev.apigw.simulator.integration.HttpIntegrator;
import dev.apigw.simulator.lambda.FunctionResult;
import dev.apigw.simulator.lambda.FunctionRunner;
import dev.apigw.simulator.lambda.FunctionTimeoutException;
import dev.apigw.simulator.lambda.FunctionUnavailableException;
import dev.apigw.simulator.lambda.Functions;
import dev.apigw.simulator.lambda.LambdaArn;
import dev.apigw.simulator.lambda.runtime.FunctionLog;
import dev.apigw.simulator.lambda.runtime.FunctionRuntimes;
import dev.apigw.simulator.lambda.runtime.RuntimeSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code apigw invoke-function}: runs one of the project's functions with an event, as {@code sam local invoke}
 * does: the result on stdout, the function's log (START, its output, END, REPORT) on stderr.
 */
@Command(name = "invoke-function",
        description = "Run one local Lambda function of the project with an event (like sam local invoke): its "
                + "result on stdout, its log on stderr.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:The function returned a result.",
            "1:The function failed (an error result or a timeout); the error document is on stdout.",
            "2:Usage error.",
            "3:The project, the event or the function cannot be read or started."
        })
public final class InvokeFunctionCommand extends BaseCommand {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The longest a Lambda function may run; commands without a timeout of their own get it. */
    private static final int MAX_TIMEOUT_SECONDS = 900;

    @Parameters(paramLabel = "[PROJECT] NAME",
            description = "Project directory or apigw.yaml (default: the current directory) and the function's "
                    + "name in its functions section.")
    List<String> arguments = new ArrayList<>();

    @Option(names = {"--event", "-e"}, paramLabel = "FILE|-",
            description = "The event JSON: a file, or - for standard input (default: {}). "
                    + "'apigw generate-event' writes realistic ones.")
    String event;

    @Mixin
    ParamMixin params;

    @Mixin
    OutputMixin output;

    @Override
    public Integer call() {
        if (arguments.isEmpty() || arguments.size() > 2) {
            throw usageError("expected [PROJECT] NAME, e.g. 'apigw invoke-function . GetPet', but got "
                    + arguments.size() + " argument(s)");
        }
        Path target = Path.of(arguments.size() == 2 ? arguments.get(0) : ".");
        String name = arguments.get(arguments.size() - 1);
        // A template's functions are bound in every one of its APIs; any API's configuration lists them all.
        LoadedProject loaded = new ProjectLoader().loadAll(target, ImportOptions.defaults()
                .withParameters(params.parameters())).apis().get(0);
        Map<String, FunctionBinding> bindings = loaded.project().config().functions();
        FunctionBinding binding = bindings.get(name);
        if (binding == null) {
            throw ApigwException.input("no function '" + name + "' in the project" + (bindings.isEmpty()
                    ? "; add it under functions: in apigw.yaml" : "; its functions are " + String.join(", ",
                    bindings.keySet())));
        }
        byte[] payload = readEvent();
        Path workingDirectory = loaded.projectFile().orElse(loaded.definitionFile()).toAbsolutePath().getParent();
        FunctionLog log = output.json() ? FunctionLog.DISCARD : line -> {
            err().println(line);
            err().flush();
        };
        try (FunctionRuntimes runtimes = new FunctionRuntimes(RuntimeSettings.defaults().withLog(log))) {
            Functions functions = new Functions(bindings, workingDirectory, HttpIntegrator.defaultClient(), runtimes);
            FunctionRunner runner = functions.runner(LambdaArn.fromFunction(name)).orElseThrow();
            Duration timeout = Duration.ofSeconds(binding.timeoutSeconds().orElse(MAX_TIMEOUT_SECONDS));
            FunctionResult result;
            try {
                result = runner.invoke(name, payload, timeout);
            } catch (FunctionTimeoutException e) {
                result = new FunctionResult(("{\"errorMessage\":\"Task timed out after " + String.format(
                        java.util.Locale.ROOT, "%.2f", (double) timeout.toSeconds()) + " seconds\"}")
                        .getBytes(StandardCharsets.UTF_8), java.util.Optional.of("Unhandled"), e.logs());
            } catch (FunctionUnavailableException e) {
                throw ApigwException.input("function " + name + " could not run: " + e.getMessage());
            }
            print(result);
            return result.failed() ? EXIT_FINDINGS : EXIT_OK;
        }
    }

    private void print(FunctionResult result) {
        if (output.json()) {
            JsonOutput.write(out(), new Result(parse(result.payload()), result.functionError().orElse(null),
                    result.logs()));
            return;
        }
        out().println(result.payloadText());
        out().flush();
    }

    private static Object parse(byte[] payload) {
        try {
            return JSON.readTree(payload);
        } catch (IOException e) {
            return new String(payload, StandardCharsets.UTF_8);
        }
    }

    private byte[] readEvent() {
        byte[] bytes;
        String source = event == null ? "{}" : event;
        try {
            bytes = event == null ? "{}".getBytes(StandardCharsets.UTF_8) : event.equals("-")
                    ? System.in.readAllBytes() : Files.readAllBytes(Path.of(event));
        } catch (IOException e) {
            throw ApigwException.input(source + ": cannot read the event: " + e.getMessage());
        }
        try {
            JSON.readTree(bytes);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw ApigwException.input((event.equals("-") ? "standard input" : event) + ": the event is not JSON, "
                    + "and Lambda takes only JSON events: " + e.getOriginalMessage() + " (line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
        } catch (IOException e) {
            throw ApigwException.input(source + ": cannot read the event: " + e.getMessage());
        }
        return bytes;
    }

    /** The {@code --output json} document: the result, the function error type when it failed, the log. */
    record Result(Object payload, String functionError, List<String> logs) {
    }
}
