package dev.apigw.cli.validate;

import dev.apigw.model.diag.Diagnostic;
import dev.apigw.model.validation.Finding;
import dev.apigw.model.validation.Rule;
import dev.apigw.model.validation.RuleInfo;
import dev.apigw.model.validation.Suppressions;
import dev.apigw.model.validation.TemplateSyntax;
import dev.apigw.model.validation.ValidationContext;
import dev.apigw.model.validation.Validator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One {@code apigw validate} run: load each input, run the rules, locate their findings, and merge them with what
 * loading reported. {@code --rule-disable} and inline {@code x-apigw-ignore} apply to both.
 */
public final class ValidationRun {
    private final InputLoader loader;
    private final List<Rule> rules;
    private final Set<String> disabled;
    private final TemplateSyntax templates;

    public ValidationRun(InputLoader loader, List<Rule> rules, Set<String> disabled, TemplateSyntax templates) {
        this.loader = loader;
        this.rules = List.copyOf(rules);
        this.disabled = Set.copyOf(disabled.stream().map(s -> s.trim().toUpperCase(Locale.ROOT)).toList());
        this.templates = templates;
    }

    public ValidationResult run(List<Path> targets) {
        List<Diagnostic> out = new ArrayList<>();
        Set<String> files = new LinkedHashSet<>();
        for (Path target : targets) {
            for (ValidationInput input : loader.load(target)) {
                input.definition().ifPresent(d -> files.add(d.file()));
                input.project().ifPresent(p -> files.add(p.file()));
                out.addAll(validate(input));
            }
            if (files.isEmpty()) {
                files.add(target.toString());
            }
        }
        List<RuleInfo> ran = rules.stream().map(Rule::info).filter(i -> !disabled.contains(i.id())).toList();
        return new ValidationResult(out, new ArrayList<>(files), ran);
    }

    List<Diagnostic> validate(ValidationInput input) {
        Suppressions suppressions = input.api().map(Suppressions::of).orElse(Suppressions.none());
        List<Diagnostic> found = new ArrayList<>();
        List<Finding> findings = input.api().map(api -> new Validator(rules, disabled).validate(
                new ValidationContext(api, input.config(), templates))).orElse(List.of());
        for (Diagnostic d : input.loadDiagnostics()) {
            if (!disabled.contains(d.ruleId().toUpperCase(Locale.ROOT))
                    && !silenced(d, input, suppressions) && !superseded(d, input, findings)) {
                found.add(d);
            }
        }
        Locator locator = new Locator(input);
        findings.forEach(f -> found.add(locator.locate(f)));
        return found;
    }

    private static boolean silenced(Diagnostic d, ValidationInput input, Suppressions suppressions) {
        String pointer = d.location().pointer();
        String prefix = input.bodyPointer();
        if (!pointer.startsWith(prefix)) {
            return false;
        }
        return suppressions.silences(d.ruleId(), pointer.substring(prefix.length()));
    }

    /**
     * An import finding a rule reports more precisely at the same place, or inside it (an unknown gateway response
     * type; an undeclared path parameter, which the parser reports on the path and the rule on the operation).
     */
    private boolean superseded(Diagnostic d, ValidationInput input, List<Finding> findings) {
        for (Finding f : findings) {
            String rule = input.bodyPointer() + f.pointer();
            String found = d.location().pointer();
            boolean samePlace = rule.equals(found) || (!found.isEmpty() && rule.startsWith(found + "/"));
            boolean supersedes = rules.stream().map(Rule::info).anyMatch(i -> i.id().equals(f.ruleId())
                    && i.supersedes().filter(d.ruleId()::equals).isPresent());
            if (samePlace && supersedes) {
                return true;
            }
        }
        return false;
    }
}
