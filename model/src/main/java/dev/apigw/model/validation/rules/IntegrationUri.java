package dev.apigw.model.validation.rules;

import dev.apigw.model.api.Integration;
import dev.apigw.model.api.IntegrationType;
import dev.apigw.model.api.TextValue;
import dev.apigw.model.validation.Category;
import dev.apigw.model.validation.Findings;
import dev.apigw.model.validation.Rule;
import dev.apigw.model.validation.RuleInfo;
import dev.apigw.model.validation.ValidationContext;
import java.util.Optional;

/** APIGW302: integration URIs of the wrong form for their type. */
public final class IntegrationUri implements Rule {
    static final RuleInfo INFO = RuleInfo.error("APIGW302", Category.INTEGRATIONS,
            "Integration URI has the wrong form for its type",
            "HTTP and HTTP_PROXY need an absolute http(s) URL; AWS needs `arn:aws:apigateway:{region}:{service}:"
                    + "action/...` or `path/...`; REST AWS_PROXY needs a Lambda invocation URI (`.../functions/{arn}"
                    + "/invocations`). AWS rejects other forms.",
            "`type: aws_proxy, uri: arn:aws:lambda:us-east-1:123456789012:function:f` on a REST API",
            "write the URI in the form its integration type expects");

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
            IntegrationType type = i.type().get();
            if (i.uri().isEmpty()) {
                // HTTP API service integrations (integrationSubtype) carry their target in requestParameters.
                if (i.integrationSubtype().isEmpty()) {
                    findings.at(site.pointer(), type.exportName() + " integration has no uri");
                }
                continue;
            }
            Optional<String> literal = i.uri().flatMap(TextValue::literal);
            if (literal.isEmpty()) {
                continue; // an unresolved CloudFormation intrinsic: judged after deployment tooling resolves it
            }
            String uri = IntegrationUris.withStageVariablesFilled(literal.get().trim());
            if (IntegrationUris.hasForeignPlaceholder(uri)) {
                continue;
            }
            problem(context, i, type, uri).ifPresent(p -> findings.at(site.field("uri"), p));
        }
    }

    private static Optional<String> problem(ValidationContext context, Integration i, IntegrationType type,
            String uri) {
        return switch (type) {
            case HTTP, HTTP_PROXY -> {
                boolean privateTarget = context.isHttp() && i.connectionType().filter("VPC_LINK"::equalsIgnoreCase)
                        .isPresent() && IntegrationUris.HTTP_API_PRIVATE_TARGET.matcher(uri).matches();
                yield privateTarget || IntegrationUris.HTTP_URL.matcher(uri).matches() ? Optional.empty()
                        : Optional.of(type.exportName() + " integration uri '" + uri + "' is not an absolute http(s) URL");
            }
            case AWS -> IntegrationUris.AWS_SERVICE.matcher(uri).matches() ? Optional.empty()
                    : Optional.of("aws integration uri '" + uri + "' is not arn:aws:apigateway:{region}:{service}:"
                            + "action/... or path/...");
            case AWS_PROXY -> {
                boolean ok = IntegrationUris.LAMBDA_INVOCATION.matcher(uri).matches()
                        || (context.isHttp() && IntegrationUris.LAMBDA_FUNCTION_ARN.matcher(uri).matches());
                yield ok ? Optional.empty() : Optional.of("aws_proxy integration uri '" + uri + "' is not a Lambda "
                        + "invocation URI (arn:aws:apigateway:{region}:lambda:path/2015-03-31/functions/{arn}/invocations)");
            }
            case MOCK -> Optional.empty();
        };
    }
}
