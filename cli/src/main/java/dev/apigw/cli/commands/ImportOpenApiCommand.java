package dev.apigw.cli.commands;

import dev.apigw.cli.BaseCommand;
import dev.apigw.cli.mixin.OutputMixin;
import dev.apigw.cli.mixin.ParamMixin;
import dev.apigw.openapi.project.ProjectImporter;
import dev.apigw.model.api.ApiDefinition;
import dev.apigw.openapi.cors.CorsOptions;
import dev.apigw.openapi.cors.EnableCors;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
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

    @Option(names = "--enable-cors", paramLabel = "ORIGIN", split = ",",
            description = "Enable CORS on every resource as the console does: an OPTIONS method (MOCK) answering "
                    + "preflights, and Access-Control-Allow-Origin on the other methods' 200 responses. ORIGIN is "
                    + "'*' or an origin such as https://app.example.com (repeatable, or a comma list).")
    List<String> corsOrigins = new ArrayList<>();

    @Option(names = "--cors-headers", paramLabel = "LIST",
            description = "Access-Control-Allow-Headers for --enable-cors (default: " + CorsOptions.DEFAULT_HEADERS
                    + ").")
    String corsHeaders;

    @Option(names = "--cors-methods", paramLabel = "LIST",
            description = "Access-Control-Allow-Methods for --enable-cors (default: each resource's methods and "
                    + "OPTIONS).")
    String corsMethods;

    @Override
    public Integer call() {
        UnaryOperator<ApiDefinition> cors = UnaryOperator.identity();
        if (!corsOrigins.isEmpty()) {
            CorsOptions options;
            try {
                options = new CorsOptions(corsOrigins, corsHeaders, Optional.ofNullable(corsMethods));
            } catch (IllegalArgumentException e) {
                throw usageError(e.getMessage());
            }
            cors = api -> EnableCors.apply(api, options);
        } else if (corsHeaders != null || corsMethods != null) {
            throw usageError("--cors-headers and --cors-methods need --enable-cors ORIGIN");
        }
        ProjectImporter.Outcome outcome = new ProjectImporter().importOpenApi(file,
                importOptions.options(params.parameters()), importOptions.out, importOptions.yaml(),
                importOptions.force, importOptions.mode, cors);
        ImportReport.print(out(), err(), style().errAnsi(), outcome, output);
        return EXIT_OK;
    }
}
