package dev.apigw.simulator.auth.lambda;

import dev.apigw.model.api.Authorizer;
import dev.apigw.model.api.AuthorizerType;
import dev.apigw.model.api.SecurityScheme;
import dev.apigw.simulator.http.HttpHeaders;
import dev.apigw.simulator.pipeline.Invocation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Lambda authorizer's identity sources: for TOKEN one header (from {@code identitySource}, else the scheme's
 * {@code name}); for REQUEST a comma-separated list of {@code method.request.header.X},
 * {@code method.request.querystring.x} (and their multi-value forms), {@code stageVariables.x} and
 * {@code context.x}. A missing or empty value means the caller is unauthorized.
 */
public record IdentitySources(List<String> expressions) {
    private static final List<String> PREFIXES = List.of("method.request.header.", "method.request.querystring.",
            "method.request.multivalueheader.", "method.request.multivaluequerystring.", "stageVariables.",
            "context.");

    public IdentitySources {
        expressions = List.copyOf(expressions);
    }

    public static IdentitySources of(Authorizer authorizer, SecurityScheme scheme) {
        Optional<String> declared = authorizer.identitySource().filter(s -> !s.isBlank());
        if (declared.isEmpty() && authorizer.type().orElse(AuthorizerType.TOKEN) == AuthorizerType.TOKEN) {
            declared = scheme.parameterName().filter(n -> !n.isBlank()).map(n -> "method.request.header." + n);
        }
        return new IdentitySources(declared.map(s -> Arrays.stream(s.split(",")).map(String::trim)
                .filter(x -> !x.isEmpty()).toList()).orElse(List.of()));
    }

    public boolean isEmpty() {
        return expressions.isEmpty();
    }

    /** The first expression API Gateway cannot read as an identity source, if any. */
    public Optional<String> invalid() {
        return expressions.stream().filter(e -> PREFIXES.stream().noneMatch(e::startsWith)).findFirst();
    }

    /** Every source's value in order, or the first missing source's expression. */
    public Resolved resolve(Invocation inv) {
        List<String> values = new ArrayList<>(expressions.size());
        for (String e : expressions) {
            Optional<String> value = value(inv, e).filter(v -> !v.isEmpty());
            if (value.isEmpty()) {
                return new Resolved(List.of(), Optional.of(e));
            }
            values.add(value.get());
        }
        return new Resolved(values, Optional.empty());
    }

    /** The values found, or which source was missing. */
    public record Resolved(List<String> values, Optional<String> missing) {
    }

    private static Optional<String> value(Invocation inv, String expression) {
        Map<String, List<String>> headers = inv.request().headers();
        Map<String, List<String>> query = inv.request().query();
        if (expression.startsWith("method.request.header.")) {
            return HttpHeaders.first(headers, after(expression, "method.request.header."));
        }
        if (expression.startsWith("method.request.multivalueheader.")) {
            List<String> all = HttpHeaders.all(headers, after(expression, "method.request.multivalueheader."));
            return all.isEmpty() ? Optional.empty() : Optional.of(String.join(",", all));
        }
        if (expression.startsWith("method.request.querystring.")) {
            List<String> all = query.getOrDefault(after(expression, "method.request.querystring."), List.of());
            return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
        }
        if (expression.startsWith("method.request.multivaluequerystring.")) {
            List<String> all = query.getOrDefault(after(expression, "method.request.multivaluequerystring."),
                    List.of());
            return all.isEmpty() ? Optional.empty() : Optional.of(String.join(",", all));
        }
        if (expression.startsWith("stageVariables.")) {
            return Optional.ofNullable(inv.stageVariables().get(after(expression, "stageVariables.")));
        }
        if (expression.startsWith("context.")) {
            Object node = inv.context();
            for (String part : after(expression, "context.").split("\\.")) {
                node = node instanceof Map<?, ?> m ? m.get(part) : null;
            }
            return node == null || node instanceof Map<?, ?> ? Optional.empty() : Optional.of(node.toString());
        }
        return Optional.empty();
    }

    private static String after(String text, String prefix) {
        return text.substring(prefix.length());
    }
}
