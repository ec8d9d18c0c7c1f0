package dev.apigw.model.validation.rules;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The grammar of REST API parameter mapping expressions (targets and sources) as AWS's reference lists them. */
final class MappingExpressions {
    static final String REQUEST_LOCATIONS = "path|querystring|header|multivaluequerystring|multivalueheader";

    static final Pattern INTEGRATION_REQUEST_TARGET = Pattern.compile(
            "integration\\.request\\.(" + REQUEST_LOCATIONS + ")\\.(\\S+)");
    static final Pattern METHOD_REQUEST_SOURCE = Pattern.compile(
            "method\\.request\\.(" + REQUEST_LOCATIONS + ")\\.(\\S+)");
    static final Pattern METHOD_RESPONSE_TARGET = Pattern.compile("method\\.response\\.header\\.(\\S+)");
    static final Pattern GATEWAY_RESPONSE_TARGET = Pattern.compile("gatewayresponse\\.(header|querystring|path)\\.(\\S+)");
    static final Pattern INTEGRATION_RESPONSE_HEADER = Pattern.compile(
            "integration\\.response\\.(header|multivalueheader)\\.(\\S+)");
    static final Pattern STAGE_OR_CONTEXT = Pattern.compile("(stageVariables|context)\\.[A-Za-z0-9._$-]+");
    static final Pattern STATIC = Pattern.compile("'.*'", Pattern.DOTALL);

    private MappingExpressions() {
    }

    /** Why {@code source} is not a valid integration-request mapping source, or empty when it is. */
    static Optional<String> requestSourceProblem(String source) {
        String s = source.trim();
        if (STATIC.matcher(s).matches() || STAGE_OR_CONTEXT.matcher(s).matches()
                || METHOD_REQUEST_SOURCE.matcher(s).matches() || s.equals("method.request.body")) {
            return Optional.empty();
        }
        if (s.startsWith("method.request.body.")) {
            return JsonPathSyntax.problem(s.substring("method.request.body.".length()));
        }
        return Optional.of("'" + source + "' is not a mapping source (use method.request.{path|querystring|header"
                + "|multivaluequerystring|multivalueheader}.NAME, method.request.body[.JSONPath], "
                + "stageVariables.NAME, context.NAME or a 'quoted' static value)");
    }

    /** Why {@code source} is not a valid integration-response mapping source, or empty when it is. */
    static Optional<String> responseSourceProblem(String source) {
        String s = source.trim();
        if (STATIC.matcher(s).matches() || STAGE_OR_CONTEXT.matcher(s).matches()
                || INTEGRATION_RESPONSE_HEADER.matcher(s).matches() || s.equals("integration.response.body")) {
            return Optional.empty();
        }
        if (s.startsWith("integration.response.body.")) {
            return JsonPathSyntax.problem(s.substring("integration.response.body.".length()));
        }
        return Optional.of("'" + source + "' is not a mapping source (use integration.response.header.NAME, "
                + "integration.response.multivalueheader.NAME, integration.response.body[.JSONPath], "
                + "stageVariables.NAME, context.NAME or a 'quoted' static value)");
    }

    /** Why {@code source} is not a valid gateway-response mapping source, or empty when it is. */
    static Optional<String> gatewaySourceProblem(String source) {
        String s = source.trim();
        if (STATIC.matcher(s).matches() || STAGE_OR_CONTEXT.matcher(s).matches()
                || METHOD_REQUEST_SOURCE.matcher(s).matches()) {
            return Optional.empty();
        }
        return Optional.of("'" + source + "' is not a gateway response mapping source (use method.request.*.NAME, "
                + "stageVariables.NAME, context.NAME or a 'quoted' static value)");
    }

    /**
     * A bare word such as {@code true} or {@code application/json}: not a parameter, variable or quoted literal.
     * Its fate on AWS is not documented (the expression grammar's regex lets plain words through), so it is
     * APIGW109's warning rather than an error here.
     */
    static boolean isUnquotedLiteral(String source) {
        String s = source.trim();
        return !(s.startsWith("method.") || s.startsWith("integration.") || s.startsWith("stageVariables.")
                || s.startsWith("context.") || s.startsWith("'") || s.startsWith("$"));
    }

    static Optional<Matcher> match(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text.trim());
        return m.matches() ? Optional.of(m) : Optional.empty();
    }
}
