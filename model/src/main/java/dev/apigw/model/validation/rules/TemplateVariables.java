package dev.apigw.model.validation.rules;

import dev.apigw.model.validation.Category;
import dev.apigw.model.validation.Findings;
import dev.apigw.model.validation.Rule;
import dev.apigw.model.validation.RuleInfo;
import dev.apigw.model.validation.TextPosition;
import dev.apigw.model.validation.ValidationContext;

/** APIGW402: template references to variables API Gateway does not provide. */
public final class TemplateVariables implements Rule {
    static final RuleInfo INFO = RuleInfo.warning("APIGW402", Category.TEMPLATES,
            "Template uses a variable API Gateway does not provide",
            "Templates see `$input`, `$util`, `$context`, `$stageVariables` and the variables they `#set` "
                    + "themselves; any other `$name` renders as nothing (often a typo such as `$inputs`, or a JSON "
                    + "`\"$schema\"` that needed escaping as `\\$schema`).",
            "`{\"id\": \"$input.params('id')\", \"user\": \"$contex.authorizer.principalId\"}`",
            "fix the name, #set it first, or escape a literal dollar as \\$");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ValidationContext context, Findings findings) {
        for (TemplateSite t : TemplateSite.of(context)) {
            if (t.bytes() > TemplateSize.MAX_BYTES) {
                continue;
            }
            for (VtlReferences.Reference r : VtlReferences.unknown(t.text())) {
                findings.inValue(t.pointer(), new TextPosition(r.line(), r.column()), t.what() + " uses $" + r.name()
                        + ", which is neither $input, $util, $context, $stageVariables nor set by the template");
            }
        }
    }
}
