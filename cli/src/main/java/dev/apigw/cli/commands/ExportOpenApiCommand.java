package dev.apigw.cli.commands;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apigw.cli.BaseCommand;
import dev.apigw.cli.mixin.OutputMixin;
import dev.apigw.cli.mixin.ParamMixin;
import dev.apigw.cli.mixin.Verbosity;
import dev.apigw.cli.output.JsonOutput;
import dev.apigw.model.diag.ApigwException;
import dev.apigw.model.project.ApiProject;
import dev.apigw.openapi.project.LoadedProject;
import dev.apigw.openapi.project.ProjectLoader;
import dev.apigw.openapi.json.Json;
import dev.apigw.openapi.read.ImportOptions;
import dev.apigw.openapi.write.ExportOptions;
import dev.apigw.openapi.write.OpenApiExporter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code apigw export openapi [PROJECT] --type oas30|swagger --format json|yaml [-o FILE]}.
 *
 * <p>{@code --format} is the exported document's format, {@code -o/--out} its file; {@code --output} is, as for every
 * command, the form of the command's own result. Without {@code -o} the document is the result, so
 * {@code --output json} makes it JSON (an explicit {@code --format yaml} with it is a usage error); with {@code -o}
 * the result is a summary: a line on stderr, or {@link ExportResult} on stdout.
 */
@Command(name = "openapi",
        description = {"Export a project (or an OpenAPI file) as OpenAPI 3.0 or Swagger 2.0.",
            "Without -o the document goes to stdout (--output json makes it JSON). With -o FILE a summary goes to "
                    + "stderr, or with --output json to stdout: {\"file\", \"api\", \"type\", \"version\", "
                    + "\"format\", \"paths\", \"bytes\"}."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Exported.",
            "2:Usage error: unknown --type, --format or --extensions value; --format yaml with --output json and "
                    + "no --out.",
            "3:PROJECT is missing or invalid or a WebSocket API; FILE exists (use --force) or cannot be written."
        })
public final class ExportOpenApiCommand extends BaseCommand {
    @Parameters(paramLabel = "PROJECT", defaultValue = ".",
            description = "Project directory, its apigw.yaml, or an OpenAPI/model file (default: current directory).")
    Path project;

    @Option(names = "--type", paramLabel = "oas30|swagger", defaultValue = "oas30",
            description = "Specification: oas30 or swagger (default: ${DEFAULT-VALUE}).")
    String type;

    // No picocli default: an explicit yaml must be told from the default to check it against --output json.
    @Option(names = "--format", paramLabel = "json|yaml",
            description = "Format of the exported document: json or yaml (default: json for an --out file named "
                    + "*.json, and with --output json and no --out; yaml otherwise).")
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

    @Mixin
    OutputMixin output;

    @Override
    public Integer call() {
        ExportOptions options;
        try {
            options = new ExportOptions(ExportOptions.SpecType.parse(type), documentFormat(),
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
                ImportOptions.defaults().withParameters(params.parameters()), params.api());
        ApiProject p = loaded.project();
        if (p.api().type() == dev.apigw.model.api.ApiType.WEBSOCKET) {
            // As aws apigateway get-export: WebSocket APIs have no OpenAPI form.
            throw ApigwException.input(project + " is a WebSocket API, which has no OpenAPI form; its definition is "
                    + "the websocket section of apigw.yaml");
        }
        ObjectNode document = new OpenApiExporter().toTree(p.api(), options,
                options.stage().map(name -> p.config().stage(name)));
        String text = Json.write(options.format() == ExportOptions.Format.JSON ? Json.JSON : Json.YAML, document);
        // Jackson ends YAML with a newline but not JSON; a text file (and a document on stdout) should end with one.
        text = text.endsWith("\n") ? text : text + "\n";
        ExportResult result = new ExportResult(outFile == null ? "-" : outFile.toString(), p.api().title(),
                lower(options.type()), document.path(options.type() == ExportOptions.SpecType.SWAGGER ? "swagger"
                        : "openapi").asText(), lower(options.format()), document.path("paths").size(),
                text.getBytes(StandardCharsets.UTF_8).length);
        if (outFile == null) {
            out().print(text);
            out().flush();
            if (output.verbosity() == Verbosity.VERBOSE) {
                err().println("apigw: " + summary(result));
                err().flush();
            }
            return EXIT_OK;
        }
        try {
            Files.writeString(outFile, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ApigwException(ApigwException.Kind.INPUT, "cannot write " + outFile + ": " + e.getMessage(), e);
        }
        if (output.json()) {
            JsonOutput.write(out(), result);
        } else if (output.verbosity() != Verbosity.QUIET) {
            err().println("apigw: " + summary(result));
            err().flush();
        }
        return EXIT_OK;
    }

    /**
     * --format if given; else what the --out file's name ends with ({@code .json}, otherwise YAML); else JSON when
     * the document is the --output json result, YAML otherwise.
     */
    private ExportOptions.Format documentFormat() {
        if (format == null) {
            if (outFile != null) {
                String name = outFile.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
                return name.endsWith(".json") ? ExportOptions.Format.JSON : ExportOptions.Format.YAML;
            }
            return output.json() ? ExportOptions.Format.JSON : ExportOptions.Format.YAML;
        }
        ExportOptions.Format parsed = ExportOptions.Format.parse(format);
        if (parsed == ExportOptions.Format.YAML && output.json() && outFile == null) {
            throw usageError("--output json prints the exported document as JSON, but --format is yaml: drop "
                    + "--format, or write the YAML to a file with -o FILE");
        }
        return parsed;
    }

    private static String summary(ExportResult r) {
        String spec = r.type().equals("swagger") ? "Swagger " : "OpenAPI ";
        return "exported '" + r.api() + "' as " + spec + r.version() + " " + r.format() + " (" + r.paths()
                + " paths, " + r.bytes() + " bytes) to " + (r.file().equals("-") ? "stdout" : r.file());
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

}
