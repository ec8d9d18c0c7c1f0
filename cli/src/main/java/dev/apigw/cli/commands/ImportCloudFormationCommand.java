package dev.apigw.cli.commands;

import dev.apigw.cli.BaseCommand;
import dev.apigw.cli.mixin.OutputMixin;
import dev.apigw.cli.mixin.ParamMixin;
import dev.apigw.openapi.project.ProjectImporter;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code apigw import cloudformation TEMPLATE [--resource LogicalId] -o DIR}. */
@Command(name = "cloudformation", aliases = "sam",
        description = "Import the API definition (Body / DefinitionBody) of a CloudFormation or SAM template.")
public final class ImportCloudFormationCommand extends BaseCommand {
    @Parameters(paramLabel = "TEMPLATE", description = "The CloudFormation or SAM template (JSON or YAML).")
    Path template;

    @Option(names = "--resource", paramLabel = "LogicalId",
            description = "The API resource to import when the template has several.")
    String resource;

    @Mixin
    ImportOptionsMixin importOptions;

    @Mixin
    ParamMixin params;

    @Mixin
    OutputMixin output;

    @Override
    public Integer call() {
        ProjectImporter.Outcome outcome = new ProjectImporter().importCloudFormation(template,
                Optional.ofNullable(resource), importOptions.options(params.parameters()), importOptions.out,
                importOptions.yaml(), importOptions.force, importOptions.mode);
        ImportReport.print(out(), err(), style().errAnsi(), outcome, output);
        return EXIT_OK;
    }
}
