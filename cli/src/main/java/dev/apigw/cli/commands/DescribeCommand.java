package dev.apigw.cli.commands;

import dev.apigw.cli.BaseCommand;
import dev.apigw.cli.mixin.OutputMixin;
import dev.apigw.cli.mixin.ParamMixin;
import dev.apigw.cli.output.JsonOutput;
import dev.apigw.cli.output.TextStyle;
import dev.apigw.cli.routes.MethodDescription;
import dev.apigw.cli.routes.MethodDescriptionPrinter;
import dev.apigw.cli.routes.MethodLookup;
import dev.apigw.cli.routes.ProjectSource;
import dev.apigw.model.api.ApiDefinition;
import dev.apigw.model.diag.ApigwException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code apigw describe GET /pets/{id}}: the whole of one method, as the console's Method Execution pane shows it:
 * method request, authorization, integration request, integration responses and method responses.
 */
@Command(name = "describe",
        description = "Show one method whole: request parameters and models, validator, authorization, "
                + "integration (type, uri, templates, mappings), integration and method responses.")
public final class DescribeCommand extends BaseCommand {

    private final ProjectSource source;

    @Parameters(paramLabel = "[PROJECT] METHOD PATH",
            description = "Project directory, apigw.yaml or OpenAPI file (default: the current directory), the "
                    + "HTTP method and the resource path (/pets/{id}) or a request path (/pets/7).")
    List<String> arguments = new ArrayList<>();

    @Mixin
    ParamMixin params;

    @Mixin
    OutputMixin output;

    public DescribeCommand() {
        this(ProjectSource.disk());
    }

    /** For the shell: without PROJECT, the shell's loaded project. */
    public DescribeCommand(ProjectSource source) {
        this.source = source;
    }

    @Override
    public Integer call() {
        if (arguments.size() < 2 || arguments.size() > 3) {
            throw usageError("expected [PROJECT] METHOD PATH, e.g. 'apigw describe . GET /pets/{id}', but got "
                    + arguments.size() + " argument(s)");
        }
        String method = arguments.get(arguments.size() - 2);
        if (!MethodLookup.HTTP_METHODS.contains(method.toUpperCase(java.util.Locale.ROOT))) {
            // Checked before loading, so 'describe . /pets' says what is wrong rather than failing on the project.
            throw usageError("'" + method + "' is not an HTTP method; expected [PROJECT] METHOD PATH, e.g. "
                    + "'apigw describe . GET /pets/{id}'");
        }
        Optional<Path> target = arguments.size() == 3 ? Optional.of(Path.of(arguments.get(0))) : Optional.empty();
        var project = source.load(target, params.parameters(), params.api()).project();
        if (project.config().webSocket().isPresent()) {
            throw ApigwException.input("a WebSocket API has routes, not methods on resources: its routes are "
                    + String.join(", ", project.config().webSocket().get().routes().keySet()) + "; list them with "
                    + "their integrations and authorization with 'apigw routes'");
        }
        ApiDefinition api = project.api();
        MethodLookup.Found found = MethodLookup.find(api, method, arguments.get(arguments.size() - 1));
        MethodDescription description = MethodDescription.of(api, found);
        if (output.json()) {
            JsonOutput.write(out(), description);
        } else {
            new MethodDescriptionPrinter(out(), new TextStyle(style().outAnsi())).print(description);
        }
        return EXIT_OK;
    }
}
