package dev.apigw.model.validation.rules;

import dev.apigw.model.project.Stage;
import dev.apigw.model.validation.Category;
import dev.apigw.model.validation.Findings;
import dev.apigw.model.validation.Rule;
import dev.apigw.model.validation.RuleInfo;
import dev.apigw.model.validation.ValidationContext;
import java.util.List;

/**
 * APIGW501 (URIs, ARNs, credentials: the call cannot work) and APIGW502 (templates and mappings: the value is
 * silently empty): a stage variable some declared stage does not define. Without stages in the project file there
 * is nothing to compare against, so nothing is reported.
 */
public final class UndefinedStageVariable implements Rule {
    static final RuleInfo REQUIRED = RuleInfo.error("APIGW501", Category.STAGES,
            "Stage variable used in a URI or ARN is not defined in a stage",
            "`${stageVariables.x}` in an integration URI, credentials, connectionId or authorizer URI is "
                    + "substituted per stage; a stage without `x` sends every call to a broken URI.",
            "`uri: http://${stageVariables.host}/pets` and stage `prod` without `host`",
            "define the variable under stages.<name>.variables in apigw.yaml");
    static final RuleInfo OPTIONAL = RuleInfo.warning("APIGW502", Category.STAGES,
            "Stage variable used in a template or mapping is not defined in a stage",
            "In templates and parameter mappings an undefined stage variable is silently empty, which is rarely "
                    + "what was meant.",
            "`$stageVariables.table` in a request template, stage `dev` without `table`",
            "define the variable under stages.<name>.variables in apigw.yaml");

    private final boolean required;

    private UndefinedStageVariable(boolean required) {
        this.required = required;
    }

    public static UndefinedStageVariable inUris() {
        return new UndefinedStageVariable(true);
    }

    public static UndefinedStageVariable inMappings() {
        return new UndefinedStageVariable(false);
    }

    @Override
    public RuleInfo info() {
        return required ? REQUIRED : OPTIONAL;
    }

    @Override
    public void check(ValidationContext context, Findings findings) {
        if (context.config().stages().isEmpty()) {
            return;
        }
        for (StageVariableUses.Use use : StageVariableUses.of(context)) {
            if (use.required() != required) {
                continue;
            }
            List<String> missing = context.config().stages().values().stream()
                    .filter(s -> !s.variables().containsKey(use.name())).map(Stage::name).toList();
            if (!missing.isEmpty()) {
                findings.at(use.pointer(), "stage variable '" + use.name() + "' used in " + use.where()
                        + " is not defined in stage" + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing));
            }
        }
    }
}
