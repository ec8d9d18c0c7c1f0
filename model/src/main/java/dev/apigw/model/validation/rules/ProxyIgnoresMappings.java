package dev.apigw.model.validation.rules;

import dev.apigw.model.api.Integration;
import dev.apigw.model.api.IntegrationResponse;
import dev.apigw.model.validation.Category;
import dev.apigw.model.validation.Findings;
import dev.apigw.model.validation.Rule;
import dev.apigw.model.validation.RuleInfo;
import dev.apigw.model.validation.ValidationContext;

/** APIGW304: templates and response mappings on proxy integrations, which API Gateway ignores. */
public final class ProxyIgnoresMappings implements Rule {
    static final RuleInfo INFO = RuleInfo.warning("APIGW304", Category.INTEGRATIONS,
            "Proxy integration carries templates or response mappings that API Gateway ignores",
            "HTTP_PROXY and AWS_PROXY pass the request and response through: `requestTemplates` and the "
                    + "templates and header mappings of `responses` are never applied (request parameter mappings "
                    + "are).",
            "`type: aws_proxy` with `requestTemplates: {application/json: ...}`",
            "remove them, or switch to a non-proxy (http/aws) integration to use them");

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
            Integration i = site.integration();
            if (i.type().filter(t -> t.isProxy()).isEmpty()) {
                continue;
            }
            String type = i.type().get().exportName();
            if (!i.requestTemplates().isEmpty()) {
                findings.at(site.field("requestTemplates"), type + " integration ignores its requestTemplates");
            }
            for (IntegrationResponse r : i.responses()) {
                if (!r.responseTemplates().isEmpty() || !r.responseParameters().isEmpty()) {
                    findings.at(site.response(r.selectionPattern()), type + " integration ignores the templates and "
                            + "header mappings of integration response '" + r.selectionPattern() + "'");
                }
            }
        }
    }
}
