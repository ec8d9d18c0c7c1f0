package dev.apigw.model.validation.rules;

import dev.apigw.model.validation.Category;
import dev.apigw.model.validation.Findings;
import dev.apigw.model.validation.Rule;
import dev.apigw.model.validation.RuleInfo;
import dev.apigw.model.validation.ValidationContext;

/** APIGW403: templates over API Gateway's size quota. */
public final class TemplateSize implements Rule {
    /** "The maximum size of a mapping template is 300 KB" (API Gateway important notes). */
    static final int MAX_BYTES = 300 * 1024;

    static final RuleInfo INFO = RuleInfo.error("APIGW403", Category.TEMPLATES,
            "Mapping template larger than 300 KB",
            "API Gateway refuses mapping templates over 300 KB.",
            "a generated template with a large inline lookup table",
            "move data out of the template (a backend lookup, stage variables) or split the logic");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ValidationContext context, Findings findings) {
        for (TemplateSite t : TemplateSite.of(context)) {
            if (t.bytes() > MAX_BYTES) {
                findings.at(t.pointer(), t.what() + " is " + t.bytes() + " bytes; the limit is " + MAX_BYTES);
            }
        }
    }
}
