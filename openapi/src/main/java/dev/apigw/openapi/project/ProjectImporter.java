package dev.apigw.openapi.project;

import dev.apigw.model.api.ApiDefinition;
import dev.apigw.model.api.ApiType;
import dev.apigw.openapi.cfn.CloudFormationExtractor;
import dev.apigw.openapi.cfn.ExtractedApi;
import dev.apigw.model.diag.ApigwException;
import dev.apigw.model.diag.Diagnostic;
import dev.apigw.model.project.ProjectConfig;
import dev.apigw.openapi.read.ImportOptions;
import dev.apigw.openapi.read.ImportResult;
import dev.apigw.openapi.read.OpenApiImporter;
import dev.apigw.openapi.source.SourceDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code apigw import}: an imported definition written as a project, replacing or merging into what is there. */
public final class ProjectImporter {
    private final OpenApiImporter importer = new OpenApiImporter();
    private final ProjectWriter writer = new ProjectWriter();
    private final ProjectLoader loader = new ProjectLoader();

    /** overwrite (replace the definition; needs force when one exists) or merge (into the existing project). */
    public enum Mode {
        OVERWRITE,
        MERGE
    }

    /** What an import wrote and found. */
    public record Outcome(ApiDefinition api, List<Path> written, List<Diagnostic> diagnostics) {
        public Outcome {
            written = List.copyOf(written);
            diagnostics = List.copyOf(diagnostics);
        }
    }

    public Outcome importOpenApi(Path file, ImportOptions options, Path outDir, boolean yaml, boolean force,
            Mode mode) {
        return importOpenApi(file, options, outDir, yaml, force, mode, java.util.function.UnaryOperator.identity());
    }

    /** As above, changing the imported definition before it is written (e.g. {@code --enable-cors}). */
    public Outcome importOpenApi(Path file, ImportOptions options, Path outDir, boolean yaml, boolean force,
            Mode mode, java.util.function.UnaryOperator<ApiDefinition> transform) {
        SourceDocument source = SourceDocument.read(file);
        List<Diagnostic> diagnostics = new ArrayList<>(source.diagnostics());
        ImportResult result = importer.importDocument(source, options);
        diagnostics.addAll(result.diagnostics());
        return write(transform.apply(result.api()), diagnostics, options, outDir, yaml, force, mode);
    }

    /**
     * The API of a CloudFormation/SAM template or CDK app ({@code --resource} picks one when there are several),
     * with the stages and functions the template gives it.
     */
    public Outcome importCloudFormation(Path template, java.util.Optional<String> logicalId, ImportOptions options,
            Path outDir, boolean yaml, boolean force, Mode mode) {
        LoadedProject loaded = loader.loadAll(template, options).choose(logicalId, "--resource");
        List<Diagnostic> diagnostics = new ArrayList<>(loaded.warnings());
        if (loaded.project().api().type() == ApiType.WEBSOCKET) {
            throw ApigwException.input(loaded.project().logicalId().orElse("the API") + " is a WebSocket API, which "
                    + "has no OpenAPI form to import; serve the template as it is with 'apigw serve " + template + "'");
        }
        return write(loaded.project().api(), diagnostics, options, outDir, yaml, force, mode,
                loaded.project().config(), loaded.definitionFile().toAbsolutePath().getParent());
    }

    /** Writes an already imported definition (e.g. one extracted from a CloudFormation template). */
    public Outcome write(ApiDefinition imported, List<Diagnostic> diagnostics, ImportOptions options, Path outDir,
            boolean yaml, boolean force, Mode mode) {
        return write(imported, diagnostics, options, outDir, yaml, force, mode, ProjectConfig.empty(), outDir);
    }

    private Outcome write(ApiDefinition imported, List<Diagnostic> diagnostics, ImportOptions options, Path outDir,
            boolean yaml, boolean force, Mode mode, ProjectConfig config, Path base) {
        ApiDefinition api = imported;
        boolean replace = force;
        if (mode == Mode.MERGE) {
            if (!Files.isDirectory(outDir)) {
                throw ApigwException.input(outDir + " is not an apigw project to merge into; import without "
                        + "--mode merge first");
            }
            LoadedProject existing = loader.load(outDir, options);
            if (!ModelCodec.isModel(SourceDocument.read(existing.definitionFile()).root())) {
                throw ApigwException.input(outDir + " uses your own OpenAPI file " + existing.definitionFile()
                        + " as its definition, which apigw never rewrites; merge into a project written by "
                        + "'apigw import' instead");
            }
            api = ApiMerger.merge(existing.project().api(), imported);
            replace = true;
        }
        List<Path> written = writer.write(outDir, api, yaml, replace, options.parameters(), config, base);
        return new Outcome(api, written, diagnostics);
    }
}
