package dev.apigw.cli.commands;

import dev.apigw.cli.CommandGroup;
import picocli.CommandLine.Command;

/**
 * {@code apigw import}: turns an API definition into an apigw model. The importers are its subcommands —
 * {@code openapi} and {@code cloudformation} — listed in {@code subcommands} below as they are written.
 */
@Command(
        name = "import",
        description = "Import an API definition (OpenAPI 2.0/3.0, CloudFormation/SAM) into an apigw project.",
        synopsisSubcommandLabel = "FORMAT",
        subcommands = {ImportOpenApiCommand.class, ImportCloudFormationCommand.class})
public final class ImportGroup extends CommandGroup {}
