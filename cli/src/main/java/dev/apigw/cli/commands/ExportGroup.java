package dev.apigw.cli.commands;

import dev.apigw.cli.CommandGroup;
import picocli.CommandLine.Command;

/**
 * {@code apigw export}: writes an apigw project back out. The exporters are its subcommands ({@code openapi}),
 * listed in {@code subcommands} below as they are written.
 */
@Command(
        name = "export",
        description = "Export an apigw project as an OpenAPI 3.0 or Swagger 2.0 document.",
        synopsisSubcommandLabel = "FORMAT",
        subcommands = {ExportOpenApiCommand.class})
public final class ExportGroup extends CommandGroup {}
