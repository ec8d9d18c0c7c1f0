package dev.apigw.model.validation.rules;

import dev.apigw.model.api.GatewayResponse;
import dev.apigw.model.api.IntegrationResponse;
import dev.apigw.model.validation.Category;
import dev.apigw.model.validation.Findings;
import dev.apigw.model.validation.Pointers;
import dev.apigw.model.validation.Rule;
import dev.apigw.model.validation.RuleInfo;
import dev.apigw.model.validation.ValidationContext;
import java.util.Map;

/** APIGW109: mapping values that look like literals but lack the single quotes literals need. */
public final class UnquotedMappingLiteral implements Rule {
    static final RuleInfo INFO = RuleInfo.warning("APIGW109", Category.PARAMETERS,
            "Mapping value is neither a parameter, a variable nor a 'quoted' literal",
            "A literal in a parameter mapping is written in single quotes (`\"'*'\"`); a bare word such as `true` "
                    + "or `*` (often a YAML value that lost its quotes) is not a documented source, so the header is "
                    + "not set to that text.",
            "`integration.request.header.X-Debug: true`", "quote the literal: \"'true'\"");

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
            check(site.integration().requestParameters(), site.field("requestParameters"), findings);
            for (IntegrationResponse r : site.integration().responses()) {
                check(r.responseParameters(), Pointers.child(site.response(r.selectionPattern()), "responseParameters"),
                        findings);
            }
        }
        for (GatewayResponse g : context.api().settings().gatewayResponses().values()) {
            check(g.responseParameters(), Pointers.child(Pointers.child(GatewayResponses.BASE, g.type()),
                    "responseParameters"), findings);
        }
    }

    private static void check(Map<String, String> mappings, String base, Findings findings) {
        mappings.forEach((target, source) -> {
            if (MappingExpressions.isUnquotedLiteral(source)) {
                findings.at(Pointers.child(base, target), target + " is mapped from " + source
                        + ", which is not a parameter or variable; a literal needs single quotes ('" + source.trim()
                        + "')");
            }
        });
    }
}
