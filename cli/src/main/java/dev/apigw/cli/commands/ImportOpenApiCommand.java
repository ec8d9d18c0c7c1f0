package dev.apigw.cli.commands;

import dev.apigw.cli.BaseCommand;
import dev.apigw.cli.mixin.OutputMixin;
import dev.apigw.cli.mixin.ParamMixin;
import dev.apigw.openapi.project.ProjectImporter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code apigw import openapi FILE -o DIR}. */
@Command(name = "openapi", description = "Import an OpenAPI 3.0 / Swagger 2.0 file (JSON or YAML) into a project.")
public final class ImportOpenApiCommand extends BaseCommand {
    @Parameters(paramLabel = "FILE", description = "The OpenAPI or Swagger file.")
    Path file;

    @Mixin
    ImportOptionsMixin importOptions;

    @Mixin
    ParamMixin params;

    @Mixin
    OutputMixin output;

    @Override
    public Integer call() {
        ProjectImporter.Outcome outcome = new ProjectImporter().importOpenApi(file,
                importOptions.options(params.parameters()), importOptions.out, importOptions.yaml(),
                importOptions.force, importOptions.mode);
        ImportReport.print(out(), err(), style().errAnsi(), outcome, output);
        return EXIT_OK;
    }
}
