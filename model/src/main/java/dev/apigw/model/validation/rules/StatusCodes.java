package dev.apigw.model.validation.rules;

import dev.apigw.model.api.IntegrationResponse;
import dev.apigw.model.api.MethodResponse;
import dev.apigw.model.validation.Category;
import dev.apigw.model.validation.Findings;
import dev.apigw.model.validation.Operation;
import dev.apigw.model.validation.Pointers;
import dev.apigw.model.validation.Rule;
import dev.apigw.model.validation.RuleInfo;
import dev.apigw.model.validation.ValidationContext;
import java.util.regex.Pattern;

/** APIGW005: method and integration response status codes of REST APIs are HTTP statuses. */
public final class StatusCodes implements Rule {
    static final Pattern STATUS = Pattern.compile("[1-5]\\d\\d");

    static final RuleInfo INFO = RuleInfo.error("APIGW005", Category.STRUCTURE,
            "Response status code is not an HTTP status",
            "A REST method response, or an integration response's `statusCode`, must be a three-digit status "
                    + "from 100 to 599; AWS rejects anything else.",
            "`statusCode: \"OK\"`", "use a status such as \"200\"");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    static boolean isStatus(String text) {
        return STATUS.matcher(text).matches();
    }

    @Override
    public void check(ValidationContext context, Findings findings) {
        if (!context.isRest()) {
            return;
        }
        for (Operation op : context.operations()) {
            for (MethodResponse response : op.method().responses()) {
                // "default" is OpenAPI's catch-all; AWS skips it on import rather than failing.
                if (!isStatus(response.statusCode()) && !response.statusCode().equals("default")) {
                    findings.at(Pointers.child(Pointers.child(op.pointer(), "responses"), response.statusCode()),
                            "method response '" + response.statusCode() + "' of " + op.label()
                                    + " is not an HTTP status");
                }
            }
        }
        for (IntegrationSite site : IntegrationSite.all(context)) {
            for (IntegrationResponse response : site.integration().responses()) {
                // an empty statusCode is already an import error
                if (!response.statusCode().isEmpty() && !isStatus(response.statusCode())) {
                    findings.at(Pointers.child(site.response(response.selectionPattern()), "statusCode"),
                            "integration response statusCode '" + response.statusCode()
                                    + "' is not an HTTP status");
                }
            }
        }
    }
}
