package dev.apigw.model.validation.rules;

import dev.apigw.model.validation.Category;
import dev.apigw.model.validation.Findings;
import dev.apigw.model.validation.Pointers;
import dev.apigw.model.validation.Rule;
import dev.apigw.model.validation.RuleInfo;
import dev.apigw.model.validation.ValidationContext;
import java.util.Map;

/** APIGW104: integration request mappings and cache keys that are not mapping expressions. */
public final class RequestParameterExpressions implements Rule {
    static final RuleInfo INFO = RuleInfo.error("APIGW104", Category.PARAMETERS,
            "Integration request parameter mapping is not a valid expression",
            "Keys of `requestParameters` must be `integration.request.{path|querystring|header|...}.NAME` and "
                    + "values a method request parameter, `method.request.body[.JSONPath]`, `stageVariables.x`, "
                    + "`context.x` or a 'quoted' literal; AWS fails with \"Invalid mapping expression specified\".",
            "`integration.request.header.X: method.request.headers.X`", "fix the expression per AWS's mapping reference");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ValidationContext context, Findings findings) {
        if (!context.isRest()) {
            return; // HTTP APIs use overwrite:/append:/remove: targets and $request sources
        }
        for (IntegrationSite site : IntegrationSite.all(context)) {
            String base = site.field("requestParameters");
            for (Map.Entry<String, String> e : site.integration().requestParameters().entrySet()) {
                String pointer = Pointers.child(base, e.getKey());
                if (!MappingExpressions.INTEGRATION_REQUEST_TARGET.matcher(e.getKey().trim()).matches()) {
                    findings.at(pointer, "'" + e.getKey() + "' is not a mapping target (use integration.request."
                            + "{path|querystring|header|multivaluequerystring|multivalueheader}.NAME)");
                }
                MappingExpressions.requestSourceProblem(e.getValue()).filter(p -> !MappingExpressions.isUnquotedLiteral(e.getValue())).ifPresent(p -> findings.at(pointer, p));
            }
            for (int i = 0; i < site.integration().cacheKeyParameters().size(); i++) {
                String key = site.integration().cacheKeyParameters().get(i).trim();
                if (!MappingExpressions.METHOD_REQUEST_SOURCE.matcher(key).matches()
                        && !MappingExpressions.INTEGRATION_REQUEST_TARGET.matcher(key).matches()) {
                    findings.at(Pointers.child(site.field("cacheKeyParameters"), i), "cache key '" + key
                            + "' is not a request parameter (use method.request.{path|querystring|header}.NAME)");
                }
            }
        }
    }
}
