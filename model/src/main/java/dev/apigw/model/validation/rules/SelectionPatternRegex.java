package dev.apigw.model.validation.rules;

import dev.apigw.model.api.IntegrationResponse;
import dev.apigw.model.validation.Category;
import dev.apigw.model.validation.Findings;
import dev.apigw.model.validation.Rule;
import dev.apigw.model.validation.RuleInfo;
import dev.apigw.model.validation.ValidationContext;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** APIGW003: integration response keys are Java regular expressions. */
public final class SelectionPatternRegex implements Rule {
    static final RuleInfo INFO = RuleInfo.error("APIGW003", Category.STRUCTURE,
            "Integration response selection pattern is not a valid regular expression",
            "API Gateway compiles each key of `responses` (other than `default`) as a Java regex and rejects the "
                    + "integration when one does not compile.",
            "`responses: {'4\\d{2': {statusCode: \"400\"}}` (unclosed brace)", "fix the regex, e.g. `4\\d{2}` for any 4xx status");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ValidationContext context, Findings findings) {
        for (IntegrationSite site : IntegrationSite.all(context)) {
            for (IntegrationResponse response : site.integration().responses()) {
                if (response.isDefault()) {
                    continue;
                }
                try {
                    Pattern.compile(response.selectionPattern());
                } catch (PatternSyntaxException e) {
                    findings.at(site.response(response.selectionPattern()), "selection pattern '"
                            + response.selectionPattern() + "' is not a valid regex: " + e.getDescription());
                }
            }
        }
    }
}
