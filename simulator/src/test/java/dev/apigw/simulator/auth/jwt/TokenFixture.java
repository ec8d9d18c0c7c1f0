package dev.apigw.simulator.auth.jwt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.apigw.model.project.ApiProject;
import dev.apigw.openapi.project.ProjectLoader;
import dev.apigw.openapi.read.ImportOptions;
import dev.apigw.simulator.Simulator;
import dev.apigw.simulator.SimulatorOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;

/** Test keys (made once per run), tokens signed with them, and projects written to a temporary directory. */
final class TokenFixture {
    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final String POOL_ARN = "arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_TestPool";
    static final String POOL_ISSUER = "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_TestPool";
    static final RSAKey RSA = generateRsa("rsa-1");
    static final RSAKey OTHER_RSA = generateRsa("rsa-1");
    static final ECKey EC = generateEc();

    private TokenFixture() {
    }

    static JWKSet publicKeys() {
        return new JWKSet(List.of(RSA.toPublicJWK(), EC.toPublicJWK()));
    }

    static JWTClaimsSet.Builder idToken(String issuer) {
        return new JWTClaimsSet.Builder().issuer(issuer).subject("user-1").audience("client-1")
                .claim("token_use", "id").claim("email", "ana@example.com").claim("email_verified", true)
                .claim("cognito:username", "ana").claim("auth_time", NOW.getEpochSecond() - 60)
                .issueTime(Date.from(NOW.minusSeconds(60))).expirationTime(Date.from(NOW.plusSeconds(3600)));
    }

    static JWTClaimsSet.Builder accessToken(String issuer, String scope) {
        return new JWTClaimsSet.Builder().issuer(issuer).subject("user-1").claim("client_id", "client-1")
                .claim("token_use", "access").claim("scope", scope).claim("username", "ana")
                .issueTime(Date.from(NOW.minusSeconds(60))).expirationTime(Date.from(NOW.plusSeconds(3600)));
    }

    static String rs256(JWTClaimsSet claims) {
        return sign(RSA, claims);
    }

    static String sign(RSAKey key, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static String es256(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(EC.getKeyID()).build(),
                    claims);
            jwt.sign(new ECDSASigner(EC));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes openapi.yaml, apigw.yaml and keys/jwks.json into {@code dir}. */
    static Path project(Path dir, String openapi, String apigw) throws IOException {
        Files.writeString(dir.resolve("openapi.yaml"), openapi, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("apigw.yaml"), apigw, StandardCharsets.UTF_8);
        Files.createDirectories(dir.resolve("keys"));
        Files.writeString(dir.resolve("keys/jwks.json"), publicKeys().toString(), StandardCharsets.UTF_8);
        return dir;
    }

    static ApiProject load(Path dir) {
        return new ProjectLoader().load(dir, ImportOptions.defaults()).project();
    }

    static Simulator simulator(Path dir) {
        return Simulator.create(load(dir), SimulatorOptions.stage("dev").withWorkingDirectory(dir)
                .withClock(CLOCK));
    }

    static Map<String, Object> claimsOf(String token) throws java.text.ParseException {
        return SignedJWT.parse(token).getJWTClaimsSet().toJSONObject();
    }

    private static RSAKey generateRsa(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ECKey generateEc() {
        try {
            return new ECKeyGenerator(Curve.P_256).keyID("ec-1").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
