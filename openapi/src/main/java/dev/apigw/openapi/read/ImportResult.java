package dev.apigw.openapi.read;

import dev.apigw.model.api.ApiDefinition;
import dev.apigw.model.diag.Diagnostic;
import java.util.List;

/** An imported API and the warnings found on the way (errors throw instead). */
public record ImportResult(ApiDefinition api, List<Diagnostic> diagnostics) {
    public ImportResult {
        diagnostics = List.copyOf(diagnostics);
    }
}
