package dev.apigw.simulator.auth.jwt;

import static dev.apigw.simulator.auth.jwt.TokenFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.apigw.simulator.Simulator;
import dev.apigw.simulator.http.HttpRequest;
import dev.apigw.simulator.http.HttpResponse;
import dev.apigw.simulator.pipeline.Invocation;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTTP API JWT authorizers: issuer, audience/client_id, scopes, and AWS's 401/403 answers. */
class JwtAuthorizerTest {
    static final String ISSUER = "https://issuer.example.com/realm";
    static final String OPENAPI = """
            openapi: 3.0.1
            info: { title: jwt-test, version: "1" }
            components:
              securitySchemes:
                jwt:
                  type: oauth2
                  flows: {}
                  x-amazon-apigateway-authorizer:
                    type: jwt
                    identitySource: "$request.header.Authorization"
                    jwtConfiguration:
                      issuer: "%s"
                      audience: ["client-1", "client-2"]
            paths:
              /me:
                get:
                  security: [ { jwt: [] } ]
                  x-amazon-apigateway-integration:
                    type: aws_proxy
                    httpMethod: POST
                    uri: arn:aws:lambda:us-east-1:123456789012:function:echo
                    payloadFormatVersion: "2.0"
              /orders:
                get:
                  security: [ { jwt: ["orders/read"] } ]
                  x-amazon-apigateway-integration:
                    type: aws_proxy
                    httpMethod: POST
                    uri: arn:aws:lambda:us-east-1:123456789012:function:echo
                    payloadFormatVersion: "2.0"
            """.formatted(ISSUER);
    static final String FUNCTIONS = """
            functions:
              echo: { command: [node, echo.js] }
            """;
    static final String APIGW = """
            definition: openapi.yaml
            authorizers:
              jwt: { jwks: keys/jwks.json }
            """ + FUNCTIONS;
    /** A payload 2.0 function answering with the event it got, as a bare JSON value. */
    static final String ECHO = "let i = ''; process.stdin.on('data', c => i += c);"
            + " process.stdin.on('end', () => process.stdout.write(i));";

    @TempDir
    static Path dir;
    static Simulator simulator;

    @BeforeAll
    static void setUp() throws Exception {
        TokenFixture.project(dir, OPENAPI, APIGW);
        Files.writeString(dir.resolve("echo.js"), ECHO);
        simulator = TokenFixture.simulator(dir);
    }

    static JWTClaimsSet.Builder token() {
        return new JWTClaimsSet.Builder().issuer(ISSUER).subject("user-7").audience("client-2")
                .claim("groups", List.of("admin", "ops")).issueTime(Date.from(NOW.minusSeconds(10)))
                .expirationTime(Date.from(NOW.plusSeconds(600)));
    }

    static HttpResponse get(String path, String authorization) {
        HttpRequest.Builder request = HttpRequest.builder("GET", path);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return simulator.invoke(request.build());
    }

    static String body(HttpResponse response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    static JsonNode event(HttpResponse response) {
        try {
            return new ObjectMapper().readTree(response.body());
        } catch (java.io.IOException e) {
            throw new AssertionError(body(response), e);
        }
    }

    static String wwwAuthenticate(HttpResponse response) {
        return response.headers().get("www-authenticate").get(0);
    }

    @Nested
    class Tokens {
        @Test
        void bearerTokenPutsClaimsUnderJwtClaims() {
            HttpResponse response = get("/me", "Bearer " + TokenFixture.rs256(token().build()));
            assertThat(response.status()).isEqualTo(200);
            JsonNode claims = event(response).at("/requestContext/authorizer/jwt/claims");
            assertThat(claims.get("sub").asText()).isEqualTo("user-7");
            assertThat(claims.get("exp").asText()).isEqualTo(String.valueOf(NOW.getEpochSecond() + 600));
            assertThat(claims.get("groups").asText()).isEqualTo("[admin ops]");
        }

        @Test
        void tokenWithoutBearerPrefixIsAcceptedToo() {
            assertThat(get("/me", TokenFixture.es256(token().build())).status()).isEqualTo(200);
        }

        @Test
        void jwtScopesAreNullWhenTheRouteHasNone() {
            Invocation inv = simulator.execute(HttpRequest.builder("GET", "/me")
                    .header("Authorization", TokenFixture.rs256(token().build())).build());
            @SuppressWarnings("unchecked")
            Map<String, Object> jwt = (Map<String, Object>) inv.authorizer().get("jwt");
            assertThat(jwt).containsEntry("scopes", null);
            assertThat(jwt.get("claims")).isInstanceOf(Map.class);
        }

        @Test
        void missingTokenIs401Unauthorized() {
            HttpResponse response = get("/me", null);
            assertThat(response.status()).isEqualTo(401);
            assertThat(body(response)).isEqualTo("{\"message\":\"Unauthorized\"}");
        }

        @Test
        void wrongAudienceIs401WithWwwAuthenticateSayingSo() {
            HttpResponse response = get("/me", "Bearer " + TokenFixture.rs256(token().audience("someone-else")
                    .build()));
            assertThat(response.status()).isEqualTo(401);
            assertThat(body(response)).isEqualTo("{\"message\":\"Unauthorized\"}");
            assertThat(wwwAuthenticate(response)).isEqualTo("Bearer scope=\"\" error=\"invalid_token\" "
                    + "error_description=\"the token does not have a valid audience\"");
        }

        @Test
        void clientIdCountsOnlyWhenTheTokenHasNoAud() {
            String clientOnly = TokenFixture.rs256(token().audience((String) null).claim("client_id", "client-1")
                    .build());
            assertThat(get("/me", clientOnly).status()).isEqualTo(200);
            String both = TokenFixture.rs256(token().audience("other").claim("client_id", "client-1").build());
            assertThat(get("/me", both).status()).isEqualTo(401);
        }

        @Test
        void otherIssuerIsUnauthorized() {
            HttpResponse response = get("/me", TokenFixture.rs256(token().issuer("https://evil.example.com")
                    .build()));
            assertThat(response.status()).isEqualTo(401);
            assertThat(wwwAuthenticate(response)).contains("error=\"invalid_token\"");
        }

        @Test
        void expiredTokenIsUnauthorized() {
            HttpResponse response = get("/me", TokenFixture.rs256(token().expirationTime(
                    Date.from(NOW.minusSeconds(60))).build()));
            assertThat(response.status()).isEqualTo(401);
            assertThat(body(response)).isEqualTo("{\"message\":\"Unauthorized\"}");
            assertThat(wwwAuthenticate(response)).contains("the token has expired");
        }

        @Test
        void badSignatureIsUnauthorized() {
            assertThat(get("/me", TokenFixture.sign(TokenFixture.OTHER_RSA, token().build())).status())
                    .isEqualTo(401);
        }
    }

    @Nested
    class Scopes {
        @Test
        void tokenWithTheScopeIsAcceptedAndScopesAreListed() {
            HttpResponse response = get("/orders", TokenFixture.rs256(token().claim("scope", "openid orders/read")
                    .build()));
            assertThat(response.status()).isEqualTo(200);
            assertThat(event(response).at("/requestContext/authorizer/jwt/scopes").toString())
                    .isEqualTo("[\"openid\",\"orders/read\"]");
        }

        @Test
        void scpArrayCountsAsScopes() {
            assertThat(get("/orders", TokenFixture.rs256(token().claim("scp", List.of("orders/read")).build()))
                    .status()).isEqualTo(200);
        }

        @Test
        void tokenWithoutTheScopeIs403Forbidden() {
            HttpResponse response = get("/orders", TokenFixture.rs256(token().claim("scope", "openid").build()));
            assertThat(response.status()).isEqualTo(403);
            assertThat(body(response)).isEqualTo("{\"message\":\"Forbidden\"}");
            assertThat(wwwAuthenticate(response)).contains("error=\"insufficient_scope\"");
        }
    }

    @Nested
    class Discovery {
        @TempDir
        Path project;

        @Test
        void withoutJwksTheKeysComeFromTheIssuersOpenIdConfigurationFetchedOnce() throws Exception {
            AtomicInteger discoveryHits = new AtomicInteger();
            AtomicInteger jwksHits = new AtomicInteger();
            HttpServer idp = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            String issuer = "http://127.0.0.1:" + idp.getAddress().getPort() + "/tenant";
            byte[] discovery = ("{\"issuer\":\"" + issuer + "\",\"jwks_uri\":\"" + issuer + "/keys\"}")
                    .getBytes(StandardCharsets.UTF_8);
            byte[] keys = TokenFixture.publicKeys().toString().getBytes(StandardCharsets.UTF_8);
            idp.createContext("/tenant/.well-known/openid-configuration", exchange -> {
                discoveryHits.incrementAndGet();
                exchange.sendResponseHeaders(200, discovery.length);
                exchange.getResponseBody().write(discovery);
                exchange.close();
            });
            idp.createContext("/tenant/keys", exchange -> {
                jwksHits.incrementAndGet();
                exchange.sendResponseHeaders(200, keys.length);
                exchange.getResponseBody().write(keys);
                exchange.close();
            });
            idp.start();
            try {
                TokenFixture.project(project, OPENAPI.replace(ISSUER, issuer), "definition: openapi.yaml\n" + FUNCTIONS);
                Files.writeString(project.resolve("echo.js"), ECHO);
                Simulator local = TokenFixture.simulator(project);
                String token = TokenFixture.rs256(token().issuer(issuer).build());
                for (int i = 0; i < 2; i++) {
                    HttpResponse response = local.invoke(HttpRequest.builder("GET", "/me")
                            .header("Authorization", "Bearer " + token).build());
                    assertThat(response.status()).as(body(response)).isEqualTo(200);
                }
                assertThat(discoveryHits.get()).isEqualTo(1);
                assertThat(jwksHits.get()).isEqualTo(1);
            } finally {
                idp.stop(0);
            }
        }
    }
}
