package dev.apigw.simulator.auth.jwt;

import dev.apigw.model.api.Authorizer;
import dev.apigw.simulator.auth.MethodSecurity;
import dev.apigw.simulator.gateway.GatewayErrors;
import java.util.function.UnaryOperator;
import dev.apigw.simulator.http.HttpHeaders;
import dev.apigw.simulator.pipeline.Invocation;
import java.util.List;
import java.util.Optional;

/**
 * Where an authorizer finds the token: a REST identity source ({@code method.request.header.Authorization}) or an
 * HTTP API one ({@code $request.header.Authorization}, {@code $request.querystring.token}). Several sources
 * separated by commas are tried in order; the first non-empty value is the token.
 */
public final class IdentitySource {
    private IdentitySource() {
    }

    /**
     * The token for a method's Cognito or JWT authorizer, read from its identity source (or {@code defaultSource}),
     * cleaned by {@code clean}; none is 401 Unauthorized, logged.
     */
    static String require(Invocation inv, MethodSecurity.Requirement requirement, String defaultSource,
            UnaryOperator<String> clean) {
        String source = requirement.scheme().authorizer().flatMap(Authorizer::identitySource)
                .filter(s -> !s.isBlank()).orElse(defaultSource);
        Optional<String> token = read(source, inv).map(clean).filter(t -> !t.isBlank());
        if (token.isEmpty()) {
            inv.logError("authorizer", "Unauthorized request: no token in " + source);
            throw GatewayErrors.unauthorized();
        }
        return token.get();
    }

    public static Optional<String> read(String expression, Invocation inv) {
        for (String source : expression.split(",")) {
            Optional<String> value = one(source.trim(), inv).filter(v -> !v.isBlank());
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> one(String source, Invocation inv) {
        String s = source.startsWith("$") ? source.substring(1) : source;
        if (s.startsWith("method.request.header.")) {
            return HttpHeaders.first(inv.request().headers(), s.substring("method.request.header.".length()));
        }
        if (s.startsWith("request.header.")) {
            return HttpHeaders.first(inv.request().headers(), s.substring("request.header.".length()));
        }
        String query = s.startsWith("method.request.querystring.") ? s.substring(
                "method.request.querystring.".length()) : s.startsWith("request.querystring.")
                ? s.substring("request.querystring.".length()) : null;
        if (query != null) {
            List<String> values = inv.request().query().getOrDefault(query, List.of());
            return values.isEmpty() ? Optional.empty() : Optional.of(values.get(values.size() - 1));
        }
        return Optional.empty();
    }
}
