package dev.apigw.cli.validate;

import dev.apigw.model.validation.TemplateProblem;
import dev.apigw.model.validation.TemplateSyntax;
import dev.apigw.simulator.vtl.TemplateException;
import dev.apigw.simulator.vtl.VtlEngine;
import java.util.Optional;

/** Template parsing for the validation rules, by the same VTL engine the simulator renders with. */
public final class VtlTemplateSyntax implements TemplateSyntax {
    private final VtlEngine engine = new VtlEngine();

    @Override
    public Optional<TemplateProblem> check(String template) {
        try {
            engine.parse("template", template);
            return Optional.empty();
        } catch (TemplateException e) {
            return Optional.of(new TemplateProblem(e.line(), e.column(), e.problem()));
        }
    }
}
