package dev.apigw.simulator.mapping;

import com.jayway.jsonpath.JsonPath;
import dev.apigw.simulator.http.HttpHeaders;
import dev.apigw.simulator.pipeline.IntegrationResult;
import dev.apigw.simulator.pipeline.Invocation;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves the right-hand side of a parameter mapping ({@code method.request.querystring.name},
 * {@code integration.response.header.X}, {@code context.requestId}, {@code stageVariables.host},
 * {@code 'literal'}) against one invocation. Unknown or absent sources resolve to empty.
 */
public final class MappingValues {
    private MappingValues() {
    }

    public static Optional<String> resolve(String expression, Invocation inv) {
        return resolve(expression, inv, inv.integrationResult());
    }

    public static Optional<String> resolve(String expression, Invocation inv, Optional<IntegrationResult> response) {
        String e = expression == null ? "" : expression.trim();
        if (e.length() >= 2 && e.startsWith("'") && e.endsWith("'")) {
            return Optional.of(e.substring(1, e.length() - 1));
        }
        if (e.startsWith("method.request.")) {
            return methodRequest(e.substring("method.request.".length()), inv);
        }
        if (e.startsWith("integration.response.")) {
            return response.flatMap(r -> integrationResponse(e.substring("integration.response.".length()), r));
        }
        if (e.startsWith("stageVariables.")) {
            return Optional.ofNullable(inv.stageVariables().get(e.substring("stageVariables.".length())));
        }
        if (e.startsWith("context.")) {
            return contextValue(inv.context(), e.substring("context.".length()));
        }
        return Optional.empty();
    }

    /**
     * Every value of a source, for an integration query string target, given its {@link #resolve resolved} value: a
     * {@code method.request.multivaluequerystring.name} source gives each value the client sent (the integration
     * gets {@code name=a&name=b}); any other source gives {@code resolved} alone.
     */
    public static List<String> values(String expression, Invocation inv, String resolved) {
        String e = expression == null ? "" : expression.trim();
        if (e.startsWith("method.request.multivaluequerystring.")) {
            List<String> all = inv.request().query().get(e.substring("method.request.multivaluequerystring.".length()));
            return all == null ? List.of() : List.copyOf(all);
        }
        return List.of(resolved);
    }

    /** A dotted path into {@code $context}, e.g. {@code identity.sourceIp}. */
    @SuppressWarnings("unchecked")
    public static Optional<String> contextValue(Map<String, Object> context, String dottedPath) {
        Object current = context;
        for (String part : dottedPath.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return Optional.empty();
            }
            current = ((Map<String, Object>) map).get(part);
        }
        return current == null || current instanceof Map<?, ?> ? Optional.empty() : Optional.of(String.valueOf(current));
    }

    private static Optional<String> methodRequest(String rest, Invocation inv) {
        if (rest.startsWith("path.")) {
            return Optional.ofNullable(inv.pathParameters().get(rest.substring(5)));
        }
        if (rest.startsWith("querystring.")) {
            return last(inv.request().query().get(rest.substring(12)));
        }
        if (rest.startsWith("multivaluequerystring.")) {
            return joined(inv.request().query().get(rest.substring(22)));
        }
        if (rest.startsWith("header.")) {
            return HttpHeaders.last(inv.request().headers(), rest.substring(7));
        }
        if (rest.startsWith("multivalueheader.")) {
            return joined(HttpHeaders.all(inv.request().headers(), rest.substring(17)));
        }
        if (rest.equals("body")) {
            return Optional.of(inv.request().bodyText());
        }
        if (rest.startsWith("body.")) {
            return jsonPath(inv.request().bodyText(), rest.substring(5));
        }
        return Optional.empty();
    }

    private static Optional<String> integrationResponse(String rest, IntegrationResult r) {
        if (rest.startsWith("header.")) {
            return HttpHeaders.last(r.headers(), rest.substring(7));
        }
        if (rest.startsWith("multivalueheader.")) {
            return joined(HttpHeaders.all(r.headers(), rest.substring(17)));
        }
        if (rest.equals("body")) {
            return Optional.of(r.bodyText());
        }
        if (rest.startsWith("body.")) {
            return jsonPath(r.bodyText(), rest.substring(5));
        }
        return Optional.empty();
    }

    private static Optional<String> last(List<String> values) {
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(values.size() - 1));
    }

    private static Optional<String> joined(List<String> values) {
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(String.join(",", values));
    }

    private static Optional<String> jsonPath(String body, String path) {
        try {
            Object value = JsonPath.parse(body).read("$." + path);
            if (value == null) {
                return Optional.empty();
            }
            if (value instanceof Map<?, ?> || value instanceof List<?>) {
                return Optional.of(com.jayway.jsonpath.Configuration.defaultConfiguration().jsonProvider()
                        .toJson(value));
            }
            return Optional.of(String.valueOf(value));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
