package dev.apigw.openapi.project;

import dev.apigw.model.api.ApiDefinition;
import dev.apigw.model.diag.ApigwException;
import dev.apigw.model.diag.Diagnostic;
import dev.apigw.model.project.ApiProject;
import dev.apigw.model.project.ProjectConfig;
import dev.apigw.openapi.iac.CdkApp;
import dev.apigw.openapi.read.ImportOptions;
import dev.apigw.openapi.read.ImportResult;
import dev.apigw.openapi.read.OpenApiImporter;
import dev.apigw.openapi.source.SourceDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads what a command points at: a project directory (with {@code apigw.yaml}), the project file itself, or a bare
 * OpenAPI / apigw model file (then with an empty project configuration).
 */
public final class ProjectLoader {
    public static final List<String> PROJECT_FILE_NAMES = List.of("apigw.yaml", "apigw.yml", "apigw.json");
    private static final List<String> DEFAULT_DEFINITIONS = List.of("openapi.yaml", "openapi.yml", "openapi.json",
            "swagger.yaml", "swagger.yml", "swagger.json", "api.yaml", "api.json");

    private final OpenApiImporter importer = new OpenApiImporter();
    private final ModelCodec codec = new ModelCodec();

    public static final List<String> TEMPLATE_FILE_NAMES = List.of("template.yaml", "template.yml", "template.json");
    private static final String CDK_OUT = "cdk.out";

    private final TemplateLoader templates = new TemplateLoader(ApiReaders.all());

    /** The one API the target defines; a template with several needs {@link #load(Path, ImportOptions, Optional)}. */
    public LoadedProject load(Path target, ImportOptions options) {
        return load(target, options, Optional.empty());
    }

    /** The API named {@code api} (logical id or title), or the only one. */
    public LoadedProject load(Path target, ImportOptions options, Optional<String> api) {
        return loadAll(target, options).choose(api);
    }

    /**
     * Every API the target defines: a project directory (with {@code apigw.yaml}), the project file, an OpenAPI or
     * apigw model file, a SAM/CloudFormation template, a {@code cdk.out} directory, or a directory holding one of
     * them ({@code template.yaml}, {@code cdk.out}) as SAM and CDK lay projects out.
     */
    public LoadedApp loadAll(Path target, ImportOptions options) {
        if (!Files.exists(target)) {
            throw ApigwException.input(target + ": no such file or directory; pass a project directory, its "
                    + "apigw.yaml, an OpenAPI file, a SAM/CloudFormation template or a cdk.out directory");
        }
        Optional<Path> projectFile = projectFile(target);
        if (projectFile.isEmpty()) {
            Path definition = Files.isDirectory(target) ? templateIn(target).orElseGet(() -> defaultDefinition(
                    target)) : target;
            return loadDefinition(definition, ProjectConfig.empty(), Optional.empty(), options);
        }
        SourceDocument doc = SourceDocument.read(projectFile.get());
        ProjectConfig config = ProjectConfigReader.read(doc);
        Path base = projectFile.get().toAbsolutePath().getParent();
        if (config.webSocket().isPresent() && config.definition().isEmpty()) {
            return new LoadedApp(List.of(webSocketProject(config, projectFile.get())));
        }
        Path definition = config.definition().map(base::resolve).or(() -> templateIn(base))
                .orElseGet(() -> defaultDefinition(base));
        return loadDefinition(definition, config, projectFile, options);
    }

    /** SAM's {@code template.yaml} (or .yml/.json) in the directory, else its {@code cdk.out}, else itself if it is one. */
    private static Optional<Path> templateIn(Path dir) {
        Optional<Path> sam = TEMPLATE_FILE_NAMES.stream().map(dir::resolve).filter(Files::isRegularFile).findFirst();
        if (sam.isPresent()) {
            return sam;
        }
        if (CdkApp.isCdkOut(dir.resolve(CDK_OUT))) {
            return Optional.of(dir.resolve(CDK_OUT));
        }
        return CdkApp.isCdkOut(dir) ? Optional.of(dir) : Optional.empty();
    }

    private LoadedApp loadDefinition(Path definition, ProjectConfig config, Optional<Path> projectFile,
            ImportOptions options) {
        if (Files.isDirectory(definition)) {
            return templates.load(definition, options, config, projectFile);
        }
        SourceDocument doc = SourceDocument.read(definition);
        if (TemplateLoader.isTemplate(doc.root())) {
            return templates.load(definition, options, config, projectFile);
        }
        List<Diagnostic> warnings = new ArrayList<>(doc.diagnostics());
        ApiDefinition api;
        if (ModelCodec.isModel(doc.root())) {
            api = codec.read(doc.file(), doc.root());
        } else {
            Map<String, String> parameters = new LinkedHashMap<>(config.parameters());
            parameters.putAll(options.parameters());
            ImportResult result = importer.importDocument(doc, options.withParameters(parameters)
                    .withType(options.type().or(config::type)));
            api = result.api();
            warnings.addAll(result.diagnostics());
        }
        if (config.type().isPresent() && config.type().get() != api.type()) {
            api = new ApiDefinition(config.type().get(), api.specVersion(), api.info(), api.servers(),
                    api.resources(), api.models(), api.securitySchemes(), api.sharedIntegrations(), api.security(),
                    api.settings(), api.tags(), api.otherComponents(), api.documentation(), api.unknownExtensions());
        }
        return new LoadedApp(List.of(new LoadedProject(new ApiProject(api, config, definition.toString()),
                projectFile, definition, warnings)));
    }

    /** A WebSocket API lives in the project file itself (AWS has no OpenAPI form for it). */
    private static LoadedProject webSocketProject(ProjectConfig config, Path projectFile) {
        return new LoadedProject(new ApiProject(WebSocketDefinitions.definition(config), config,
                projectFile.toString()), Optional.of(projectFile), projectFile, List.of());
    }

    private static Optional<Path> projectFile(Path target) {
        if (Files.isDirectory(target)) {
            return PROJECT_FILE_NAMES.stream().map(target::resolve).filter(Files::isRegularFile).findFirst();
        }
        String name = target.getFileName().toString();
        return PROJECT_FILE_NAMES.contains(name) ? Optional.of(target) : Optional.empty();
    }

    private static Path defaultDefinition(Path dir) {
        return DEFAULT_DEFINITIONS.stream().map(dir::resolve).filter(Files::isRegularFile).findFirst()
                .orElseThrow(() -> ApigwException.input(dir + ": no apigw.yaml and no OpenAPI file (looked for "
                        + String.join(", ", DEFAULT_DEFINITIONS) + "); run 'apigw import openapi FILE -o " + dir
                        + "' or add apigw.yaml with 'definition: your-openapi.yaml'"));
    }
}
