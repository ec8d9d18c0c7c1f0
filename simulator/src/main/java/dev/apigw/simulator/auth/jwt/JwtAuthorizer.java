package dev.apigw.simulator.auth.jwt;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.apigw.model.api.Authorizer;
import dev.apigw.model.api.JwtConfiguration;
import dev.apigw.model.api.TextValue;
import dev.apigw.model.project.ProjectConfig;
import dev.apigw.model.project.TokenAuthorizerSettings;
import dev.apigw.simulator.auth.MethodAuthorizer;
import dev.apigw.simulator.auth.MethodSecurity;
import dev.apigw.simulator.gateway.GatewayErrors;
import dev.apigw.simulator.pipeline.Invocation;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An HTTP API JWT authorizer: the token ({@code Bearer } prefix optional) must be signed by the issuer's keys,
 * carry the configured {@code iss}, an {@code aud} (or, without one, {@code client_id}) from the audience list,
 * and, when the route asks for scopes, one of them in {@code scope}/{@code scp}. A bad token is 401
 * {"message":"Unauthorized"} with a {@code www-authenticate} header saying why; missing scopes are 403
 * {"message":"Forbidden"}. The claims become {@code $context.authorizer.jwt.claims}, the scopes {@code jwt.scopes}.
 */
public final class JwtAuthorizer implements MethodAuthorizer {
    static final String DEFAULT_IDENTITY_SOURCE = "$request.header.Authorization";

    private final ProjectConfig config;
    private final KeySets keySets;
    private final Clock clock;
    private final TokenVerifier verifier = new TokenVerifier();

    public JwtAuthorizer(ProjectConfig config, KeySets keySets, Clock clock) {
        this.config = config;
        this.keySets = keySets;
        this.clock = clock;
    }

    @Override
    public void authorize(Invocation inv, MethodSecurity.Requirement requirement) {
        Optional<Authorizer> authorizer = requirement.scheme().authorizer();
        String token = IdentitySource.require(inv, requirement, DEFAULT_IDENTITY_SOURCE, JwtAuthorizer::withoutBearer);
        Optional<TokenAuthorizerSettings> settings = Optional.ofNullable(
                config.authorizers().get(requirement.schemeName()));
        Optional<JwtConfiguration> jwt = authorizer.flatMap(Authorizer::jwtConfiguration);
        Optional<String> issuer = settings.flatMap(TokenAuthorizerSettings::issuer)
                .or(() -> jwt.flatMap(JwtConfiguration::issuer).flatMap(TextValue::literal));
        if (issuer.isEmpty()) {
            inv.logError("authorizer", "Execution failed: JWT authorizer '" + requirement.schemeName()
                    + "' has no jwtConfiguration.issuer, and apigw.yaml's authorizers."
                    + requirement.schemeName() + " gives none");
            throw GatewayErrors.internalError();
        }
        Optional<String> jwks = settings.flatMap(TokenAuthorizerSettings::jwks);
        List<String> audiences = jwt.map(JwtConfiguration::audience).orElse(List.of()).stream()
                .map(TextValue::literal).flatMap(Optional::stream).toList();
        String routeScopes = String.join(" ", requirement.scopes());
        try {
            // Without a configured JWKS, the keys come from the issuer's OpenID discovery document, as on AWS.
            JWTClaimsSet claims = verifier.verify(token, jwks.isPresent() ? keySets.get(jwks.get())
                    : keySets.ofIssuer(issuer.get()), clock.instant());
            if (!issuer.get().equals(claims.getIssuer())) {
                throw new TokenRejected(TokenRejected.Reason.ISSUER, "the token does not have a valid issuer");
            }
            checkAudience(claims, audiences);
            List<String> granted = scopes(claims);
            if (!requirement.scopes().isEmpty() && requirement.scopes().stream().noneMatch(granted::contains)) {
                inv.logError("authorizer", "Forbidden: the token's scopes " + granted + " include none of the route's "
                        + requirement.scopes());
                throw GatewayErrors.insufficientScope().withHeader("www-authenticate", "Bearer scope=\"" + routeScopes
                        + "\" error=\"insufficient_scope\" error_description=\"expected scopes: ["
                        + routeScopes + "]\"");
            }
            Map<String, Object> jwtContext = new LinkedHashMap<>();
            jwtContext.put("claims", ClaimValues.http(claims));
            jwtContext.put("scopes", requirement.scopes().isEmpty() ? null : List.copyOf(granted));
            Map<String, Object> context = new LinkedHashMap<>();
            context.put("jwt", jwtContext);
            inv.authorized(context);
            inv.log("authorizer", "JWT accepted for sub " + claims.getSubject());
        } catch (KeySets.KeySetUnavailableException e) {
            inv.logError("authorizer", "Execution failed: " + e.getMessage());
            throw GatewayErrors.internalError();
        } catch (TokenRejected e) {
            inv.logError("authorizer", "Unauthorized request: " + e.description());
            throw GatewayErrors.unauthorized().withHeader("www-authenticate", "Bearer scope=\"" + routeScopes
                    + "\" error=\"invalid_token\" error_description=\"" + e.description() + "\"");
        }
    }

    private static String withoutBearer(String value) {
        String v = value.trim();
        return v.regionMatches(true, 0, "Bearer ", 0, 7) ? v.substring(7).trim() : v;
    }

    // AWS evaluates aud when the token has one and falls back to client_id only without it (documented).
    private static void checkAudience(JWTClaimsSet claims, List<String> audiences) {
        if (audiences.isEmpty()) {
            return;
        }
        List<String> aud = claims.getAudience();
        boolean ok;
        if (aud != null && !aud.isEmpty()) {
            ok = aud.stream().anyMatch(audiences::contains);
        } else {
            Object clientId = claims.getClaim("client_id");
            ok = clientId != null && audiences.contains(clientId.toString());
        }
        if (!ok) {
            throw new TokenRejected(TokenRejected.Reason.AUDIENCE, "the token does not have a valid audience");
        }
    }

    private static List<String> scopes(JWTClaimsSet claims) {
        List<String> out = new ArrayList<>();
        for (String name : List.of("scope", "scp")) {
            Object value = claims.getClaim(name);
            if (value instanceof String text && !text.isBlank()) {
                out.addAll(List.of(text.trim().split("\\s+")));
            } else if (value instanceof Collection<?> list) {
                list.forEach(v -> out.add(String.valueOf(v)));
            }
        }
        return out;
    }

}
