package dev.apigw.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import dev.apigw.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code apigw token init} and {@code mint}, run through the real command line; tokens then used by invoke. */
class TokenCommandTest {
    static final String POOL = "arn:aws:cognito-idp:eu-west-1:123456789012:userpool/eu-west-1_Local1";
    static final String OPENAPI = """
            openapi: 3.0.1
            info: { title: token-cli, version: "1" }
            components:
              securitySchemes:
                pool:
                  type: apiKey
                  name: Authorization
                  in: header
                  x-amazon-apigateway-authtype: cognito_user_pools
                  x-amazon-apigateway-authorizer:
                    type: cognito_user_pools
                    providerARNs: ["%s"]
            paths:
              /me:
                get:
                  security: [ { pool: [] } ]
                  x-amazon-apigateway-integration:
                    type: mock
                    requestTemplates: { application/json: '{"statusCode": 200}' }
                    responses:
                      default:
                        statusCode: "200"
                        responseTemplates: { application/json: '{"email": "$context.authorizer.claims.email"}' }
            """.formatted(POOL);

    @TempDir
    Path dir;

    private CliRun init(String... more) {
        String[] args = new String[2 + more.length];
        args[0] = "token";
        args[1] = "init";
        System.arraycopy(more, 0, args, 2, more.length);
        return CliRun.of(args);
    }

    @Nested
    class Init {
        @Test
        void writesAPrivateKeyAndAPublicKeySet() throws Exception {
            CliRun run = init(dir.toString(), "--key-id", "k1");
            assertThat(run.exitCode()).as(run.err()).isZero();
            JWKSet jwks = JWKSet.load(dir.resolve("keys/jwks.json").toFile());
            assertThat(jwks.getKeyByKeyId("k1").isPrivate()).isFalse();
            assertThat(Files.readString(dir.resolve("keys/signing-key.json"))).contains("\"d\"", "\"kid\":\"k1\"");
            assertThat(run.out()).contains("jwks.json");
        }

        @Test
        void refusesToOverwriteWithoutForce() {
            assertThat(init(dir.toString()).exitCode()).isZero();
            CliRun again = init(dir.toString());
            assertThat(again.exitCode()).isEqualTo(2);
            assertThat(again.err()).contains("already exists", "--force");
            assertThat(init(dir.toString(), "--force").exitCode()).isZero();
        }
    }

    @Nested
    class Mint {
        @Test
        void cognitoIdTokenWorksAgainstTheSimulator() throws Exception {
            init(dir.toString());
            CliRun mint = CliRun.of("token", "mint", "--key", dir.resolve("keys/signing-key.json").toString(),
                    "--user-pool", POOL, "--claim", "email=ana@example.com", "--sub", "ana");
            assertThat(mint.exitCode()).as(mint.err()).isZero();
            String token = mint.out().trim();
            Map<String, Object> claims = SignedJWT.parse(token).getJWTClaimsSet().toJSONObject();
            assertThat(claims).containsEntry("iss", "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Local1")
                    .containsEntry("token_use", "id").containsEntry("sub", "ana")
                    .containsEntry("aud", "apigw-local-client").containsEntry("cognito:username", "ana");
            assertThat((Long) claims.get("exp") - (Long) claims.get("iat")).isEqualTo(3600L);

            Files.writeString(dir.resolve("openapi.yaml"), OPENAPI);
            Files.writeString(dir.resolve("apigw.yaml"), "definition: openapi.yaml\nauthorizers:\n  pool: { jwks: "
                    + "keys/jwks.json }\n");
            CliRun ok = CliRun.of("invoke", dir.toString(), "GET", "/me", "--header", "Authorization=" + token);
            assertThat(ok.out()).as(ok.err()).contains("{\"email\": \"ana@example.com\"}");
            CliRun refused = CliRun.of("invoke", dir.toString(), "GET", "/me");
            assertThat(refused.out()).contains("{\"message\":\"Unauthorized\"}");
        }

        @Test
        void accessTokenWithScopesAndCustomClaims() throws Exception {
            init(dir.toString());
            CliRun mint = CliRun.of("token", "mint", "--key", dir.resolve("keys/signing-key.json").toString(),
                    "--issuer", "https://id.example.com", "--audience", "api", "--client-id", "c1", "--scope",
                    "orders/read orders/write", "--token-use", "access", "--claim", "tier=3", "--claim",
                    "groups=[\"a\",\"b\"]", "--expires-in", "15m");
            assertThat(mint.exitCode()).as(mint.err()).isZero();
            Map<String, Object> claims = SignedJWT.parse(mint.out().trim()).getJWTClaimsSet().toJSONObject();
            assertThat(claims).containsEntry("iss", "https://id.example.com").containsEntry("aud", "api")
                    .containsEntry("client_id", "c1").containsEntry("scope", "orders/read orders/write")
                    .containsEntry("token_use", "access").containsEntry("tier", 3L);
            assertThat(claims.get("groups")).asList().containsExactly("a", "b");
            assertThat((Long) claims.get("exp") - (Long) claims.get("iat")).isEqualTo(900L);
        }

        @Test
        void badDurationIsAUsageError() {
            init(dir.toString());
            CliRun run = CliRun.of("token", "mint", "--key", dir.resolve("keys/signing-key.json").toString(),
                    "--issuer", "https://id.example.com", "--expires-in", "soon");
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("--expires-in 'soon' is not a duration");
        }

        @Test
        void publicKeySetInsteadOfPrivateKeyIsAnInputError() {
            init(dir.toString());
            CliRun run = CliRun.of("token", "mint", "--key", dir.resolve("keys/jwks.json").toString(),
                    "--issuer", "https://id.example.com");
            assertThat(run.exitCode()).isEqualTo(3);
            assertThat(run.err()).contains("holds no private RSA or EC key");
        }

        @Test
        void missingKeyFileIsAnInputError() {
            CliRun run = CliRun.of("token", "mint", "--key", dir.resolve("nope.json").toString(), "--issuer",
                    "https://id.example.com");
            assertThat(run.exitCode()).isEqualTo(3);
            assertThat(run.err()).contains("cannot read the key file");
        }

        @Test
        void issuerOrUserPoolIsRequiredAndNotBoth() {
            init(dir.toString());
            String key = dir.resolve("keys/signing-key.json").toString();
            assertThat(CliRun.of("token", "mint", "--key", key).exitCode()).isEqualTo(2);
            assertThat(CliRun.of("token", "mint", "--key", key, "--issuer", "https://a", "--user-pool", POOL)
                    .exitCode()).isEqualTo(2);
        }

        @Test
        void badUserPoolArnIsAUsageError() {
            init(dir.toString());
            CliRun run = CliRun.of("token", "mint", "--key", dir.resolve("keys/signing-key.json").toString(),
                    "--user-pool", "us-east-1_abc");
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("is not a user pool ARN");
        }

        @Test
        void expiredTokenIsRefusedWithAwsMessage() throws Exception {
            init(dir.toString());
            CliRun mint = CliRun.of("token", "mint", "--key", dir.resolve("keys/signing-key.json").toString(),
                    "--user-pool", POOL, "--expires-in", "-5m");
            assertThat(mint.exitCode()).as(mint.err()).isZero();
            Files.writeString(dir.resolve("openapi.yaml"), OPENAPI);
            Files.writeString(dir.resolve("apigw.yaml"), "definition: openapi.yaml\nauthorizers:\n  pool: { jwks: "
                    + "keys/jwks.json }\n");
            CliRun refused = CliRun.of("invoke", dir.toString(), "GET", "/me", "--header", "Authorization="
                    + mint.out().trim());
            assertThat(refused.out()).contains("The incoming token has expired");
        }
    }
}
