package dev.apigw.cli.validate;

import dev.apigw.model.diag.Diagnostic;
import dev.apigw.model.diag.Severity;
import dev.apigw.model.validation.RuleInfo;
import java.util.List;

/**
 * What a validation run found, over all inputs.
 *
 * @param files the files validated, for reports that list what was checked even when it is clean
 * @param rules the rules that ran (disabled ones left out), for reports that list passed checks
 */
public record ValidationResult(List<Diagnostic> diagnostics, List<String> files, List<RuleInfo> rules) {

    public ValidationResult {
        diagnostics = List.copyOf(diagnostics);
        files = List.copyOf(files);
        rules = List.copyOf(rules);
    }

    /** Whether any finding is at or above {@code threshold} (ERROR, or WARNING for --fail-on warning). */
    public boolean failsAt(Severity threshold) {
        return diagnostics.stream().anyMatch(d -> d.severity().ordinal() <= threshold.ordinal());
    }
}
