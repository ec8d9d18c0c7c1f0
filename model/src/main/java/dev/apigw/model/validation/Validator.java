package dev.apigw.model.validation;

import dev.apigw.model.diag.Severity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Runs rules over one API and returns their findings, minus the disabled ids and those silenced inline with
 * {@code x-apigw-ignore}. Identical findings (a shared integration seen from several methods) are reported once.
 */
public final class Validator {
    /** Reported when a rule itself fails, so a bug in one rule never hides the others' findings. */
    public static final String INTERNAL_ERROR = "APIGW000";

    private final List<Rule> rules;
    private final Set<String> disabled;

    public Validator(List<Rule> rules, Set<String> disabled) {
        this.rules = List.copyOf(rules);
        this.disabled = Set.copyOf(disabled.stream().map(s -> s.toUpperCase(Locale.ROOT)).toList());
    }

    public static Validator standard() {
        return new Validator(Rules.all(), Set.of());
    }

    public List<Finding> validate(ValidationContext context) {
        Suppressions suppressions = Suppressions.of(context.api());
        Set<Finding> out = new LinkedHashSet<>();
        for (Rule rule : rules) {
            RuleInfo info = rule.info();
            if (disabled.contains(info.id())) {
                continue;
            }
            Findings findings = new Findings(info);
            try {
                rule.check(context, findings);
            } catch (RuntimeException e) {
                out.add(new Finding(INTERNAL_ERROR, Severity.WARNING, Origin.DEFINITION, "", java.util.Optional.empty(),
                        "rule " + info.id() + " failed on this document: " + e, "please report this apigw bug"));
                continue;
            }
            for (Finding f : findings.list()) {
                if (f.origin() == Origin.PROJECT || !suppressions.silences(f.ruleId(), f.pointer())) {
                    out.add(f);
                }
            }
        }
        return new ArrayList<>(out);
    }
}
