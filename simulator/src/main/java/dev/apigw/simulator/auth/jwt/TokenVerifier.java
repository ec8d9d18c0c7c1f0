package dev.apigw.simulator.auth.jwt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.factories.DefaultJWSVerifierFactory;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.Key;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;

/**
 * Checks what every token-based authorizer checks: the token is a signed JWT, signed with an asymmetric algorithm
 * by a key of the set (matched by {@code kid}), and within its {@code nbf}..{@code exp} window at the request time.
 * Issuer, audience and scopes are the callers' business, since Cognito and JWT authorizers differ there.
 */
public final class TokenVerifier {
    /** How far the simulator's clock may be from the token issuer's. */
    public static final Duration CLOCK_SKEW = Duration.ofSeconds(5);

    // API Gateway accepts public-key signatures only; an HMAC key would have to be shared with the gateway.
    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384,
            JWSAlgorithm.RS512, JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512, JWSAlgorithm.ES256,
            JWSAlgorithm.ES384, JWSAlgorithm.ES512);
    private final DefaultJWSVerifierFactory verifiers = new DefaultJWSVerifierFactory();

    /** The token's claims when it is signed by one of {@code keys} and valid at {@code now}. */
    public JWTClaimsSet verify(String token, JWKSet keys, Instant now) {
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(token);
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new TokenRejected(TokenRejected.Reason.MALFORMED, "the token is not a signed JWT: "
                    + e.getMessage());
        }
        JWSHeader header = jwt.getHeader();
        if (!ALGORITHMS.contains(header.getAlgorithm())) {
            throw new TokenRejected(TokenRejected.Reason.SIGNATURE, "signing method " + header.getAlgorithm()
                    + " is invalid");
        }
        if (!signedByOneOf(jwt, keys)) {
            throw new TokenRejected(TokenRejected.Reason.SIGNATURE, header.getKeyID() == null
                    ? "the token signature is invalid" : "the token signature is invalid for key id "
                    + header.getKeyID());
        }
        Date exp = claims.getExpirationTime();
        if (exp != null && !now.isBefore(exp.toInstant().plus(CLOCK_SKEW))) {
            throw new TokenRejected(TokenRejected.Reason.EXPIRED, "the token has expired");
        }
        Date nbf = claims.getNotBeforeTime();
        if (nbf != null && now.plus(CLOCK_SKEW).isBefore(nbf.toInstant())) {
            throw new TokenRejected(TokenRejected.Reason.NOT_YET_VALID, "the token is not valid yet");
        }
        return claims;
    }

    private boolean signedByOneOf(SignedJWT jwt, JWKSet keys) {
        List<JWK> candidates = new JWKSelector(JWKMatcher.forJWSHeader(jwt.getHeader())).select(keys);
        for (JWK candidate : candidates) {
            try {
                Key key = publicKey(candidate);
                if (key == null) {
                    continue;
                }
                JWSVerifier verifier = verifiers.createJWSVerifier(jwt.getHeader(), key);
                if (jwt.verify(verifier)) {
                    return true;
                }
            } catch (JOSEException e) {
                // A key that cannot check this algorithm is simply not the signer.
            }
        }
        return false;
    }

    private static Key publicKey(JWK jwk) throws JOSEException {
        if (jwk instanceof RSAKey rsa) {
            return rsa.toRSAPublicKey();
        }
        if (jwk instanceof ECKey ec) {
            return ec.toECPublicKey();
        }
        return null;
    }
}
