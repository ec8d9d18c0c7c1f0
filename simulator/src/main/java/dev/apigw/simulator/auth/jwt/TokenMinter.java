package dev.apigw.simulator.auth.jwt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.util.Optional;

/**
 * A local token issuer for trying Cognito and JWT authorizers without an identity provider: makes an RSA signing key
 * and signs tokens with it (RS256, or ES256 for an EC key), with the key's {@code kid} in the header so the
 * simulator finds the public half in the JWKS.
 */
public final class TokenMinter {
    private TokenMinter() {
    }

    /** A new 2048-bit RSA signing key (private; {@link JWK#toPublicJWK()} is what goes into jwks.json). */
    public static RSAKey newSigningKey(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate an RSA key: " + e.getMessage(), e);
        }
    }

    /**
     * The private key in a JWK or JWKS document (the first private RSA or EC key of a set); empty when there is
     * none. Throws {@link IllegalArgumentException} with the parser's reason when the text is not JSON Web Key.
     */
    public static Optional<JWK> privateKey(String text) {
        try {
            String trimmed = text.trim();
            if (trimmed.contains("\"keys\"")) {
                return JWKSet.parse(trimmed).getKeys().stream().filter(JWK::isPrivate)
                        .filter(k -> k instanceof RSAKey || k instanceof ECKey).findFirst();
            }
            JWK key = JWK.parse(trimmed);
            return key.isPrivate() && (key instanceof RSAKey || key instanceof ECKey) ? Optional.of(key)
                    : Optional.empty();
        } catch (ParseException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** The compact serialisation of a token with these claims, signed by {@code key}. */
    public static String mint(JWK key, JWTClaimsSet claims) {
        try {
            JWSAlgorithm algorithm;
            JWSSigner signer;
            if (key instanceof ECKey ec) {
                algorithm = ecdsaFor(ec);
                signer = new ECDSASigner(ec);
            } else {
                algorithm = JWSAlgorithm.RS256;
                signer = new RSASSASigner((RSAKey) key);
            }
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(algorithm).keyID(key.getKeyID()).build(), claims);
            jwt.sign(signer);
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalArgumentException("cannot sign with this key: " + e.getMessage(), e);
        }
    }

    /** The ECDSA algorithm that goes with the key's curve. */
    private static JWSAlgorithm ecdsaFor(ECKey key) {
        String curve = key.getCurve() == null ? "" : key.getCurve().getName();
        return switch (curve) {
            case "P-384" -> JWSAlgorithm.ES384;
            case "P-521" -> JWSAlgorithm.ES512;
            default -> JWSAlgorithm.ES256;
        };
    }
}
