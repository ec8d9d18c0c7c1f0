package dev.apigw.model.validation.rules;

import dev.apigw.model.api.Integration;
import dev.apigw.model.api.IntegrationType;
import dev.apigw.model.api.TextValue;
import dev.apigw.model.validation.Category;
import dev.apigw.model.validation.Findings;
import dev.apigw.model.validation.Rule;
import dev.apigw.model.validation.RuleInfo;
import dev.apigw.model.validation.ValidationContext;
import java.util.Locale;
import java.util.Set;

/** APIGW303: integration {@code httpMethod} missing, unknown, or not POST for Lambda. */
public final class IntegrationHttpMethod implements Rule {
    static final Set<String> METHODS = Set.of("GET", "PUT", "POST", "DELETE", "PATCH", "HEAD", "OPTIONS", "ANY");

    static final RuleInfo INFO = RuleInfo.error("APIGW303", Category.INTEGRATIONS,
            "Integration `httpMethod` missing, unknown, or not POST for Lambda",
            "Non-MOCK REST integrations need `httpMethod`; Lambda is only ever invoked with POST, so any other "
                    + "method makes every call fail (\"Execution failed due to configuration error\").",
            "`type: aws_proxy, httpMethod: GET, uri: ...lambda:path/.../invocations`",
            "use httpMethod: POST for Lambda; otherwise the backend's method");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ValidationContext context, Findings findings) {
        for (IntegrationSite site : IntegrationSite.all(context)) {
            Integration i = site.integration();
            if (i.type().isEmpty() || i.type().get() == IntegrationType.MOCK) {
                continue;
            }
            String type = i.type().get().exportName();
            if (i.httpMethod().isEmpty()) {
                if (context.isRest()) {
                    findings.at(site.pointer(), type + " integration has no httpMethod");
                }
                continue;
            }
            String method = i.httpMethod().get().trim().toUpperCase(Locale.ROOT);
            if (!METHODS.contains(method)) {
                findings.at(site.field("httpMethod"), "integration httpMethod '" + i.httpMethod().get()
                        + "' is not an HTTP method");
            } else if (!method.equals("POST") && i.uri().flatMap(TextValue::literal).filter(IntegrationUris::isLambda)
                    .isPresent()) {
                findings.at(site.field("httpMethod"), "Lambda integrations must use httpMethod POST, not " + method);
            }
        }
    }
}
