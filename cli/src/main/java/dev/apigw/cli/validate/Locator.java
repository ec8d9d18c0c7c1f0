package dev.apigw.cli.validate;

import dev.apigw.model.diag.Diagnostic;
import dev.apigw.model.diag.SourceLocation;
import dev.apigw.model.validation.Finding;
import dev.apigw.model.validation.Origin;
import dev.apigw.openapi.source.SourceDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Resolves a rule's finding (a pointer into the definition's OpenAPI 3 shape, or into the project file) to
 * file:line:column. For Swagger 2 sources the few places where the converted shape differs are translated; what
 * still does not exist falls back to the nearest ancestor that does.
 */
final class Locator {
    private final ValidationInput input;
    private TemplatePositions templates;

    Locator(ValidationInput input) {
        this.input = input;
    }

    Diagnostic locate(Finding finding) {
        return finding.toDiagnostic(location(finding));
    }

    private SourceLocation location(Finding finding) {
        if (finding.origin() == Origin.PROJECT) {
            return input.project().map(p -> p.locate(finding.pointer())).orElse(SourceLocation.unknown());
        }
        if (input.definition().isEmpty()) {
            return SourceLocation.unknown();
        }
        SourceDocument doc = input.definition().get();
        String pointer = input.swagger2() ? Swagger2Pointers.translate(finding.pointer()) : finding.pointer();
        SourceLocation at = doc.locate(input.bodyPointer() + pointer);
        if (finding.within().isEmpty() || !doc.map().exact(input.bodyPointer() + pointer).isPresent()) {
            return at;
        }
        return templates(doc).map(t -> t.map(at, finding.within().get())).orElse(at);
    }

    private Optional<TemplatePositions> templates(SourceDocument doc) {
        if (templates == null) {
            try {
                templates = new TemplatePositions(Files.readString(Path.of(doc.file()), StandardCharsets.UTF_8),
                        doc.format());
            } catch (IOException | RuntimeException e) {
                return Optional.empty(); // positions are a nicety; the key's line is still right
            }
        }
        return Optional.of(templates);
    }
}
