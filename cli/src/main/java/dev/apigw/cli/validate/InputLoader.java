package dev.apigw.cli.validate;

import dev.apigw.model.api.ApiDefinition;
import dev.apigw.model.api.ApiType;
import dev.apigw.model.diag.ApigwException;
import dev.apigw.model.diag.Diagnostic;
import dev.apigw.model.diag.SourceLocation;
import dev.apigw.model.project.ProjectConfig;
import dev.apigw.openapi.iac.DefinitionPointer;
import dev.apigw.openapi.project.LoadedProject;
import dev.apigw.openapi.project.ModelCodec;
import dev.apigw.openapi.project.ProjectLoader;
import dev.apigw.openapi.read.ImportOptions;
import dev.apigw.openapi.read.ImportResult;
import dev.apigw.openapi.read.OpenApiImporter;
import dev.apigw.openapi.source.SourceDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns what the user named (a project directory, its apigw.yaml, an OpenAPI file, or a CloudFormation/SAM template
 * with one or more APIs) into {@link ValidationInput}s.
 *
 * <p>Two kinds of failure are kept apart, because CI needs to tell them apart: a file that cannot be read or parsed
 * throws (exit 3), while a document that parses but that the importer rejects (an integration without a type, an
 * unknown enum value) becomes findings of its own (exit 1), like any rule's.
 */
public final class InputLoader {
    /** Import findings that mean "this is not an API definition at all" rather than "this API has mistakes". */
    private static final Set<String> NOT_AN_API = Set.of("APIGW-IMPORT-005", "APIGW-SOURCE-001");

    private final ImportOptions options;
    private final OpenApiImporter importer = new OpenApiImporter();

    public InputLoader(ImportOptions options) {
        this.options = options;
    }

    public List<ValidationInput> load(Path target) {
        if (!Files.exists(target)) {
            throw ApigwException.input(target + ": no such file or directory");
        }
        boolean projectFile = Files.isDirectory(target)
                || ProjectLoader.PROJECT_FILE_NAMES.contains(target.getFileName().toString());
        if (projectFile) {
            return List.of(project(target));
        }
        SourceDocument doc = SourceDocument.read(target);
        if (doc.root().has("Resources") && !doc.root().has("openapi") && !doc.root().has("swagger")) {
            return cloudFormation(target, doc);
        }
        return List.of(definition(doc, ProjectConfig.empty(), Optional.empty()));
    }

    private ValidationInput project(Path target) {
        LoadedProject loaded;
        try {
            loaded = new ProjectLoader().load(target, options);
        } catch (ApigwException e) {
            return failed(e, ProjectConfig.empty(), Optional.empty());
        }
        Optional<SourceDocument> project = loaded.projectFile().map(SourceDocument::read);
        // the loader resolves the definition against an absolute directory; report it as the user would type it
        SourceDocument definition = SourceDocument.read(relative(loaded.definitionFile()));
        return new ValidationInput(Optional.of(loaded.project().api()), loaded.project().config(),
                Optional.of(definition), "", project, loaded.warnings().stream()
                        .map(d -> renamed(d, loaded.definitionFile().toString(), definition.file())).toList());
    }

    private ValidationInput definition(SourceDocument doc, ProjectConfig config, Optional<SourceDocument> project) {
        List<Diagnostic> diagnostics = new ArrayList<>(doc.diagnostics());
        try {
            ApiDefinition api;
            if (ModelCodec.isModel(doc.root())) {
                api = new ModelCodec().read(doc.file(), doc.root());
            } else {
                ImportResult result = importer.importForValidation(doc, options);
                api = result.api();
                diagnostics.addAll(result.diagnostics());
            }
            return new ValidationInput(Optional.of(api), config, Optional.of(doc), "", project, diagnostics);
        } catch (ApigwException e) {
            ValidationInput failed = failed(e, config, project);
            diagnostics.addAll(failed.loadDiagnostics());
            return new ValidationInput(Optional.empty(), config, Optional.of(doc), "", project, diagnostics);
        }
    }

    /**
     * Every API of a SAM/CloudFormation template, read as serve reads it (implicit SAM APIs and resource-form APIs
     * included), with the stages and functions the template gives each.
     */
    private List<ValidationInput> cloudFormation(Path template, SourceDocument doc) {
        List<dev.apigw.openapi.project.LoadedProject> apis;
        try {
            apis = new ProjectLoader().loadAll(template, options).apis();
        } catch (ApigwException e) {
            return List.of(failed(e, ProjectConfig.empty(), Optional.empty()));
        }
        List<ValidationInput> out = new ArrayList<>();
        for (var loaded : apis) {
            String pointer = loaded.project().logicalId().map(id -> DefinitionPointer.of(doc.root(), id))
                    .orElse("");
            out.add(new ValidationInput(Optional.of(loaded.project().api()), loaded.project().config(),
                    Optional.of(doc), pointer, Optional.empty(), loaded.warnings()));
        }
        return out;
    }

    private static Diagnostic renamed(Diagnostic d, String from, String to) {
        SourceLocation l = d.location();
        return !l.file().equals(from) ? d : new Diagnostic(d.ruleId(), d.severity(),
                new SourceLocation(to, l.pointer(), l.line(), l.column()), d.message(), d.hint());
    }

    static Path relative(Path file) {
        Path cwd = Path.of("").toAbsolutePath();
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(cwd) ? cwd.relativize(absolute) : file;
    }

    /** An import that failed on content becomes findings; one that failed to read at all is rethrown (exit 3). */
    private static ValidationInput failed(ApigwException e, ProjectConfig config, Optional<SourceDocument> project) {
        boolean unreadable = e.kind() != ApigwException.Kind.INPUT || e.diagnostics().isEmpty()
                || e.diagnostics().stream().anyMatch(d -> NOT_AN_API.contains(d.ruleId()) || d.ruleId().isEmpty());
        if (unreadable) {
            throw e;
        }
        return new ValidationInput(Optional.empty(), config, Optional.empty(), "", project, e.diagnostics());
    }
}
