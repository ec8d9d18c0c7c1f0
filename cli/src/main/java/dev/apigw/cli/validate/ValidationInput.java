package dev.apigw.cli.validate;

import dev.apigw.model.api.ApiDefinition;
import dev.apigw.model.diag.Diagnostic;
import dev.apigw.model.project.ProjectConfig;
import dev.apigw.openapi.source.SourceDocument;
import java.util.List;
import java.util.Optional;

/**
 * One API to validate, with the parsed files its findings point into.
 *
 * @param api empty when the import itself found errors (they are in {@code loadDiagnostics})
 * @param definition the file the definition is written in (a CloudFormation template for embedded ones)
 * @param bodyPointer where the definition sits in {@code definition} ({@code ""} for a whole file)
 * @param loadDiagnostics what reading and importing reported, located already
 */
public record ValidationInput(Optional<ApiDefinition> api, ProjectConfig config, Optional<SourceDocument> definition,
        String bodyPointer, Optional<SourceDocument> project, List<Diagnostic> loadDiagnostics) {

    public ValidationInput {
        loadDiagnostics = List.copyOf(loadDiagnostics);
    }

    /** True when the definition came from Swagger 2, whose pointers differ from the OpenAPI 3 shape rules use. */
    public boolean swagger2() {
        return api.map(a -> a.specVersion().startsWith("2")).orElse(false);
    }
}
