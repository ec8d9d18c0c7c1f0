package dev.apigw.model.validation.rules;

import dev.apigw.model.validation.Category;
import dev.apigw.model.validation.Findings;
import dev.apigw.model.validation.Rule;
import dev.apigw.model.validation.RuleInfo;
import dev.apigw.model.validation.TemplateProblem;
import dev.apigw.model.validation.TextPosition;
import dev.apigw.model.validation.ValidationContext;
import java.util.Optional;

/** APIGW401: mapping templates that do not parse. */
public final class TemplateParses implements Rule {
    static final RuleInfo INFO = RuleInfo.error("APIGW401", Category.TEMPLATES,
            "Mapping template does not parse",
            "API Gateway parses VTL when a request arrives; a syntax error (an unclosed `#if`, a stray `#end`, an "
                    + "unbalanced parenthesis) makes every call to the method fail with 500.",
            "`#if($input.params('id') == \"\") {\"missing\": true}` without `#end`",
            "fix the template at the position shown; try it with 'apigw test-template'");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    /**
     * Parsers report an error at end of input one line past a trailing newline; keep the position inside the
     * template so it maps into the template's own lines in the file.
     */
    static TextPosition clamp(String text, int line, int column) {
        java.util.List<String> lines = text.lines().toList();
        if (lines.isEmpty()) {
            return new TextPosition(1, 1);
        }
        if (line > lines.size()) {
            return new TextPosition(lines.size(), lines.get(lines.size() - 1).length() + 1);
        }
        return new TextPosition(line, Math.max(1, column));
    }

    @Override
    public void check(ValidationContext context, Findings findings) {
        for (TemplateSite t : TemplateSite.of(context)) {
            if (t.bytes() > TemplateSize.MAX_BYTES) {
                continue; // APIGW403
            }
            Optional<TemplateProblem> problem = context.templates().check(t.text());
            problem.ifPresent(p -> {
                String message = t.what() + " does not parse: " + p.message();
                if (p.line() > 0) {
                    findings.inValue(t.pointer(), clamp(t.text(), p.line(), p.column()), message);
                } else {
                    findings.at(t.pointer(), message);
                }
            });
        }
    }
}
