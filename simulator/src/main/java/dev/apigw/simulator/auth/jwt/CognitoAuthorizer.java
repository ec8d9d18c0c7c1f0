package dev.apigw.simulator.auth.jwt;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.apigw.model.api.Authorizer;
import dev.apigw.model.api.TextValue;
import dev.apigw.model.project.ProjectConfig;
import dev.apigw.model.project.TokenAuthorizerSettings;
import dev.apigw.simulator.auth.MethodAuthorizer;
import dev.apigw.simulator.auth.MethodSecurity;
import dev.apigw.simulator.gateway.GatewayErrors;
import dev.apigw.simulator.pipeline.Invocation;
import java.text.ParseException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A REST API's COGNITO_USER_POOLS authorizer. The token (sent as is, no {@code Bearer}) must be signed by the
 * pool's keys and issued by one of the {@code providerARNs} pools. Without method scopes it must be an ID token;
 * with scopes, an access token whose {@code scope} holds one of them. Every failure is 401 Unauthorized, an
 * expired token 401 "The incoming token has expired". The claims become {@code $context.authorizer.claims}.
 */
public final class CognitoAuthorizer implements MethodAuthorizer {
    static final String DEFAULT_IDENTITY_SOURCE = "method.request.header.Authorization";

    private final ProjectConfig config;
    private final KeySets keySets;
    private final Clock clock;
    private final TokenVerifier verifier = new TokenVerifier();

    public CognitoAuthorizer(ProjectConfig config, KeySets keySets, Clock clock) {
        this.config = config;
        this.keySets = keySets;
        this.clock = clock;
    }

    @Override
    public void authorize(Invocation inv, MethodSecurity.Requirement requirement) {
        Optional<Authorizer> authorizer = requirement.scheme().authorizer();
        String token = IdentitySource.require(inv, requirement, DEFAULT_IDENTITY_SOURCE, t -> t);
        Optional<TokenAuthorizerSettings> settings = Optional.ofNullable(
                config.authorizers().get(requirement.schemeName()));
        List<String> issuers = issuers(authorizer, settings);
        if (issuers.isEmpty()) {
            inv.logError("authorizer", "Execution failed: Cognito authorizer '" + requirement.schemeName()
                    + "' names no user pool in providerARNs, and apigw.yaml's authorizers."
                    + requirement.schemeName() + " gives no issuer");
            throw GatewayErrors.internalError();
        }
        String jwks = settings.flatMap(TokenAuthorizerSettings::jwks)
                .orElse(issuers.get(0) + "/.well-known/jwks.json");
        try {
            JWTClaimsSet claims = verifier.verify(token, keySets.get(jwks), clock.instant());
            checkIssuer(claims, issuers);
            checkUse(claims, requirement.scopes());
            inv.authorized(Map.of("claims", ClaimValues.rest(claims)));
            inv.log("authorizer", "Cognito user pool token accepted for sub " + claims.getSubject());
        } catch (KeySets.KeySetUnavailableException e) {
            inv.logError("authorizer", "Execution failed: " + e.getMessage());
            throw GatewayErrors.internalError();
        } catch (TokenRejected e) {
            inv.logError("authorizer", "Unauthorized request: " + e.description());
            throw e.reason() == TokenRejected.Reason.EXPIRED ? GatewayErrors.incomingTokenExpired()
                    : GatewayErrors.unauthorized();
        }
    }

    private static List<String> issuers(Optional<Authorizer> authorizer, Optional<TokenAuthorizerSettings> settings) {
        if (settings.flatMap(TokenAuthorizerSettings::issuer).isPresent()) {
            return List.of(settings.get().issuer().get());
        }
        List<String> out = new ArrayList<>();
        authorizer.map(Authorizer::providerARNs).orElse(List.of()).stream().map(TextValue::literal)
                .flatMap(Optional::stream).map(CognitoPools::issuer).flatMap(Optional::stream).forEach(out::add);
        return out;
    }

    private static void checkIssuer(JWTClaimsSet claims, List<String> issuers) {
        String iss = claims.getIssuer();
        if (iss == null || !issuers.contains(iss)) {
            throw new TokenRejected(TokenRejected.Reason.ISSUER, "the token's issuer " + iss
                    + " is not the user pool " + issuers);
        }
    }

    private static void checkUse(JWTClaimsSet claims, List<String> scopes) {
        String use = stringClaim(claims, "token_use");
        if (scopes.isEmpty()) {
            if (!"id".equals(use)) {
                throw new TokenRejected(TokenRejected.Reason.TOKEN_USE, "the method has no authorization scopes, "
                        + "so it takes an ID token; this token's token_use is " + use);
            }
            return;
        }
        if (!"access".equals(use)) {
            throw new TokenRejected(TokenRejected.Reason.TOKEN_USE, "the method has authorization scopes "
                    + scopes + ", so it takes an access token; this token's token_use is " + use);
        }
        String scope = stringClaim(claims, "scope");
        List<String> granted = scope == null ? List.of() : List.of(scope.trim().split("\\s+"));
        if (scopes.stream().noneMatch(granted::contains)) {
            throw new TokenRejected(TokenRejected.Reason.SCOPE, "the token's scopes " + granted
                    + " include none of the method's " + scopes);
        }
    }

    private static String stringClaim(JWTClaimsSet claims, String name) {
        try {
            return claims.getStringClaim(name);
        } catch (ParseException e) {
            return null;
        }
    }
}
