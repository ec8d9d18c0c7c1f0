package dev.apigw.model.validation.rules;

import dev.apigw.model.project.Stage;
import dev.apigw.model.validation.Category;
import dev.apigw.model.validation.Findings;
import dev.apigw.model.validation.Pointers;
import dev.apigw.model.validation.Rule;
import dev.apigw.model.validation.RuleInfo;
import dev.apigw.model.validation.ValidationContext;
import java.util.Map;
import java.util.regex.Pattern;

/** APIGW503: stage variable names and values outside AWS's character sets. */
public final class StageVariableSyntax implements Rule {
    static final Pattern NAME = Pattern.compile("[A-Za-z0-9_]+");
    static final Pattern VALUE = Pattern.compile("[A-Za-z0-9\\-._~:/?#&=,]+");

    static final RuleInfo INFO = RuleInfo.error("APIGW503", Category.STAGES,
            "Stage variable name or value has characters AWS does not allow",
            "Stage variable names are letters, digits and `_`; values match `[A-Za-z0-9-._~:/?#&=,]+` (no spaces, "
                    + "no `{}`, not empty). AWS rejects the stage otherwise.",
            "`variables: {backend-url: \"http://x.example.com/a b\"}`",
            "rename the variable with letters, digits and '_'; URL-encode or drop other characters in the value");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ValidationContext context, Findings findings) {
        for (Stage stage : context.config().stages().values()) {
            String base = Pointers.child(Pointers.child("/stages", stage.name()), "variables");
            for (Map.Entry<String, String> e : stage.variables().entrySet()) {
                String pointer = Pointers.child(base, e.getKey());
                if (!NAME.matcher(e.getKey()).matches()) {
                    findings.inProject(pointer, "stage " + stage.name() + ": variable name '" + e.getKey()
                            + "' may only hold letters, digits and '_'");
                }
                if (!VALUE.matcher(e.getValue()).matches()) {
                    findings.inProject(pointer, "stage " + stage.name() + ": value of '" + e.getKey() + "' ('"
                            + e.getValue() + "') must match [A-Za-z0-9-._~:/?#&=,]+");
                }
            }
        }
    }
}
