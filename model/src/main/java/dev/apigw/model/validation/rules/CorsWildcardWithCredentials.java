package dev.apigw.model.validation.rules;

import dev.apigw.model.api.CorsConfiguration;
import dev.apigw.model.api.IntegrationResponse;
import dev.apigw.model.validation.Category;
import dev.apigw.model.validation.Findings;
import dev.apigw.model.validation.Rule;
import dev.apigw.model.validation.RuleInfo;
import dev.apigw.model.validation.ValidationContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** APIGW602: CORS allowing any origin together with credentials. */
public final class CorsWildcardWithCredentials implements Rule {
    static final RuleInfo INFO = RuleInfo.warning("APIGW602", Category.SECURITY,
            "CORS allows any origin (`*`) together with credentials",
            "Browsers refuse credentialed responses with `Access-Control-Allow-Origin: *`, so the combination "
                    + "either breaks the front end or tempts someone to reflect any origin, which lets every site "
                    + "make authenticated calls.",
            "`x-amazon-apigateway-cors: {allowOrigins: ['*'], allowCredentials: true}`",
            "list the allowed origins explicitly, or drop credentials");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ValidationContext context, Findings findings) {
        Optional<CorsConfiguration> cors = context.api().settings().cors();
        if (cors.isPresent() && cors.get().allowCredentials().orElse(false)
                && cors.get().allowOrigins().orElse(List.of()).contains("*")) {
            findings.at("/x-amazon-apigateway-cors", "CORS allows origin * with allowCredentials: true");
        }
        for (IntegrationSite site : IntegrationSite.all(context)) {
            for (IntegrationResponse r : site.integration().responses()) {
                if (isWildcard(header(r.responseParameters(), "access-control-allow-origin"))
                        && "'true'".equalsIgnoreCase(header(r.responseParameters(), "access-control-allow-credentials")
                        .trim())) {
                    findings.at(site.response(r.selectionPattern()), "integration response '" + r.selectionPattern()
                            + "' sends Access-Control-Allow-Origin '*' with Access-Control-Allow-Credentials 'true'");
                }
            }
        }
    }

    private static String header(Map<String, String> mappings, String name) {
        return mappings.entrySet().stream()
                .filter(e -> e.getKey().toLowerCase(Locale.ROOT).equals("method.response.header." + name))
                .map(Map.Entry::getValue).findFirst().orElse("");
    }

    private static boolean isWildcard(String value) {
        return value.trim().equals("'*'");
    }
}
