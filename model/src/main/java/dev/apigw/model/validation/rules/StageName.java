package dev.apigw.model.validation.rules;

import dev.apigw.model.validation.Category;
import dev.apigw.model.validation.Findings;
import dev.apigw.model.validation.Pointers;
import dev.apigw.model.validation.Rule;
import dev.apigw.model.validation.RuleInfo;
import dev.apigw.model.validation.ValidationContext;
import java.util.regex.Pattern;

/** APIGW504: stage names AWS refuses. */
public final class StageName implements Rule {
    static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,128}");

    static final RuleInfo INFO = RuleInfo.error("APIGW504", Category.STAGES,
            "Stage name has characters AWS does not allow",
            "Stage names are the first path segment of every URL: letters, digits, `-` and `_`, at most 128 (HTTP APIs "
                    + "also have `$default`, the stage served at the root).",
            "`stages: {\"prod v2\": ...}`", "rename the stage with letters, digits, '-' and '_'");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ValidationContext context, Findings findings) {
        for (String name : context.config().stages().keySet()) {
            boolean httpDefault = context.isHttp() && name.equals("$default");
            if (!httpDefault && !NAME.matcher(name).matches()) {
                findings.inProject(Pointers.child("/stages", name), "stage name '" + name
                        + "' may only hold letters, digits, '-' and '_' (at most 128)");
            }
        }
    }
}
