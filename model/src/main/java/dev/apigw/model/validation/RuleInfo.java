package dev.apigw.model.validation;

import dev.apigw.model.diag.Severity;
import java.util.Optional;

/**
 * What the catalogue says about a rule: its stable id, severity, what it checks, why it matters, an example of the
 * mistake and the one-line fix hint every finding carries.
 *
 * @param supersedes an import finding id this rule reports more precisely at the same place (dropped then)
 */
public record RuleInfo(String id, Severity severity, Category category, String title, String why, String example,
        String hint, Optional<String> supersedes) {

    public static RuleInfo error(String id, Category category, String title, String why, String example,
            String hint) {
        return new RuleInfo(id, Severity.ERROR, category, title, why, example, hint, Optional.empty());
    }

    public static RuleInfo warning(String id, Category category, String title, String why, String example,
            String hint) {
        return new RuleInfo(id, Severity.WARNING, category, title, why, example, hint, Optional.empty());
    }

    public RuleInfo superseding(String importRuleId) {
        return new RuleInfo(id, severity, category, title, why, example, hint, Optional.of(importRuleId));
    }
}
