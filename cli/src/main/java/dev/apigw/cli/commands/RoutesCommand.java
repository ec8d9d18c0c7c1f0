package dev.apigw.cli.commands;

import dev.apigw.cli.BaseCommand;
import dev.apigw.cli.mixin.OutputMixin;
import dev.apigw.cli.mixin.ParamMixin;
import dev.apigw.cli.output.JsonOutput;
import dev.apigw.cli.output.TextStyle;
import dev.apigw.cli.routes.ProjectSource;
import dev.apigw.cli.routes.RouteEntry;
import dev.apigw.cli.routes.RouteTreePrinter;
import dev.apigw.cli.routes.RoutesReport;
import dev.apigw.model.api.ApiDefinition;
import dev.apigw.model.project.ApiProject;
import dev.apigw.model.api.ApiType;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code apigw routes}: the API at a glance. A REST API's resource tree, an HTTP API's route keys, each method with
 * its integration type and authorization.
 */
@Command(name = "routes",
        description = "List the resources and methods of a REST API (or the routes of an HTTP API) with their "
                + "integration type and authorization.")
public final class RoutesCommand extends BaseCommand {

    private final ProjectSource source;

    @Parameters(arity = "0..1", paramLabel = "PROJECT",
            description = "Project directory, apigw.yaml or OpenAPI file (default: the current directory).")
    Path target;

    @Mixin
    ParamMixin params;

    @Mixin
    OutputMixin output;

    public RoutesCommand() {
        this(ProjectSource.disk());
    }

    /** For the shell: without PROJECT, the shell's loaded project. */
    public RoutesCommand(ProjectSource source) {
        this.source = source;
    }

    @Override
    public Integer call() {
        List<ApiProject> projects = params.api().isPresent()
                ? List.of(source.load(Optional.ofNullable(target), params.parameters(), params.api()).project())
                : source.loadAll(Optional.ofNullable(target), params.parameters()).stream()
                        .map(dev.apigw.openapi.project.LoadedProject::project).toList();
        if (output.json()) {
            List<RoutesReport> reports = projects.stream().map(p -> RoutesReport.of(p.api().title(),
                    p.api().type().name(), entries(p))).toList();
            // One API: its report, as always; a template with several: the list of them.
            JsonOutput.write(out(), reports.size() == 1 ? reports.get(0) : reports);
            return EXIT_OK;
        }
        for (ApiProject project : projects) {
            print(project);
        }
        out().flush();
        return EXIT_OK;
    }

    private static List<RouteEntry> entries(ApiProject project) {
        return project.config().webSocket().map(RouteEntry::of).orElseGet(() -> RouteEntry.of(project.api()));
    }

    private void print(ApiProject project) {
        ApiDefinition api = project.api();
        List<RouteEntry> entries = entries(project);
        TextStyle text = new TextStyle(style().outAnsi());
        String name = text.bold(api.title()) + project.logicalId().filter(id -> !id.equals(api.title()))
                .map(id -> " [" + id + "]").orElse("");
        long resources = entries.stream().map(RouteEntry::resourcePath).distinct().count();
        if (api.type() == ApiType.REST) {
            out().println(name + " (REST API): " + entries.size() + " method(s) on " + resources + " resource(s)");
            new RouteTreePrinter(out(), text).printTree(entries);
        } else {
            out().println(name + " (" + api.type().name() + " API): " + entries.size() + " route(s)");
            new RouteTreePrinter(out(), text).printRoutes(entries);
        }
    }
}
