package dev.apigw.cli.commands;

import dev.apigw.cli.BaseCommand;
import dev.apigw.cli.mixin.ParamMixin;
import dev.apigw.model.diag.ApigwException;
import dev.apigw.model.project.ApiProject;
import dev.apigw.openapi.project.LoadedProject;
import dev.apigw.openapi.project.ProjectLoader;
import dev.apigw.openapi.read.ImportOptions;
import dev.apigw.openapi.write.ExportOptions;
import dev.apigw.openapi.write.OpenApiExporter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code apigw export openapi [PROJECT] --type oas30|swagger --format json|yaml}. */
@Command(name = "openapi", description = "Export a project (or an OpenAPI file) as OpenAPI 3.0 or Swagger 2.0.")
public final class ExportOpenApiCommand extends BaseCommand {
    @Parameters(paramLabel = "PROJECT", defaultValue = ".",
            description = "Project directory, its apigw.yaml, or an OpenAPI/model file (default: current directory).")
    Path project;

    @Option(names = "--type", paramLabel = "oas30|swagger", defaultValue = "oas30",
            description = "Specification: oas30 or swagger (default: ${DEFAULT-VALUE}).")
    String type;

    @Option(names = "--format", paramLabel = "json|yaml", defaultValue = "yaml",
            description = "Output format: json or yaml (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--extensions", paramLabel = "LIST", defaultValue = "apigateway",
            description = "Extensions to include, comma-separated: integrations, authorizers, apigateway (= all; "
                    + "default: ${DEFAULT-VALUE}).")
    String extensions;

    @Option(names = "--stage", paramLabel = "NAME",
            description = "Export as deployed to this stage: its name as the base path, its variables in URIs.")
    String stage;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path outFile;

    @Option(names = "--force", description = "Replace FILE if it exists.")
    boolean force;

    @Mixin
    ParamMixin params;

    @Override
    public Integer call() {
        ExportOptions options;
        try {
            options = new ExportOptions(ExportOptions.SpecType.parse(type), ExportOptions.Format.parse(format),
                    Arrays.stream(extensions.split(",")).filter(s -> !s.isBlank())
                            .map(ExportOptions.ExtensionGroup::parse).collect(Collectors.toSet()),
                    Optional.ofNullable(stage));
        } catch (IllegalArgumentException e) {
            throw usageError(e.getMessage());
        }
        if (outFile != null && Files.exists(outFile) && !force) {
            throw ApigwException.input(outFile + " already exists; pass --force to replace it");
        }
        LoadedProject loaded = new ProjectLoader().load(project,
                ImportOptions.defaults().withParameters(params.parameters()));
        ApiProject p = loaded.project();
        if (p.api().type() == dev.apigw.model.api.ApiType.WEBSOCKET) {
            // As aws apigateway get-export: WebSocket APIs have no OpenAPI form.
            throw ApigwException.input(project + " is a WebSocket API, which has no OpenAPI form; its definition is "
                    + "the websocket section of apigw.yaml");
        }
        String text = new OpenApiExporter().export(p.api(), options,
                options.stage().map(name -> p.config().stage(name)));
        if (outFile == null) {
            out().print(text);
            out().flush();
            return EXIT_OK;
        }
        try {
            Files.writeString(outFile, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ApigwException(ApigwException.Kind.INPUT, "cannot write " + outFile + ": " + e.getMessage(), e);
        }
        return EXIT_OK;
    }

}
