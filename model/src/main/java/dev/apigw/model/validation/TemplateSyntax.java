package dev.apigw.model.validation;

import java.util.Optional;

/**
 * Parses a VTL mapping template. The model cannot depend on the template engine, so the caller plugs one in (the CLI
 * uses the simulator's engine); {@link #none()} skips the check.
 */
@FunctionalInterface
public interface TemplateSyntax {

    Optional<TemplateProblem> check(String template);

    static TemplateSyntax none() {
        return template -> Optional.empty();
    }
}
