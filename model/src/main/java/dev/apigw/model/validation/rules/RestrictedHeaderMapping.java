package dev.apigw.model.validation.rules;

import dev.apigw.model.api.IntegrationType;
import dev.apigw.model.validation.Category;
import dev.apigw.model.validation.Findings;
import dev.apigw.model.validation.Pointers;
import dev.apigw.model.validation.Rule;
import dev.apigw.model.validation.RuleInfo;
import dev.apigw.model.validation.ValidationContext;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;

/** APIGW108: integration request headers API Gateway refuses to set at run time. */
public final class RestrictedHeaderMapping implements Rule {
    static final Set<String> ALWAYS = Set.of("content-length", "transfer-encoding");
    static final Set<String> AWS_TYPES = Set.of("authorization", "connection", "expect", "proxy-authenticate", "te");

    static final RuleInfo INFO = RuleInfo.error("APIGW108", Category.PARAMETERS,
            "Mapping to a header API Gateway does not let you set",
            "Mapping `Content-Length` or `Transfer-Encoding` (and, for AWS integrations, `Authorization`, "
                    + "`Connection`, `Expect`, `Proxy-Authenticate`, `TE`) into the integration request makes every "
                    + "call fail with 500 Internal server error.",
            "`integration.request.header.Content-Length: method.request.header.Content-Length`",
            "remove the mapping; API Gateway sets these headers itself");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ValidationContext context, Findings findings) {
        if (!context.isRest()) {
            return;
        }
        for (IntegrationSite site : IntegrationSite.all(context)) {
            boolean aws = site.is(IntegrationType.AWS) || site.is(IntegrationType.AWS_PROXY);
            for (String target : site.integration().requestParameters().keySet()) {
                Matcher m = MappingExpressions.INTEGRATION_REQUEST_TARGET.matcher(target.trim());
                if (!m.matches() || !m.group(1).endsWith("header")) {
                    continue;
                }
                String header = m.group(2).toLowerCase(Locale.ROOT);
                if (ALWAYS.contains(header) || (aws && AWS_TYPES.contains(header))) {
                    findings.at(Pointers.child(site.field("requestParameters"), target), "mapping to header '"
                            + m.group(2) + "' makes every call fail with 500 Internal server error");
                }
            }
        }
    }
}
