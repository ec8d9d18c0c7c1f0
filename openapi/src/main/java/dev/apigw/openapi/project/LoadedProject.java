package dev.apigw.openapi.project;

import dev.apigw.model.diag.Diagnostic;
import dev.apigw.model.project.ApiProject;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** A loaded project, the files it came from (for hot reload) and the warnings found while loading. */
public record LoadedProject(ApiProject project, Optional<Path> projectFile, Path definitionFile,
        List<Diagnostic> warnings) {
    public LoadedProject {
        warnings = List.copyOf(warnings);
    }
}
