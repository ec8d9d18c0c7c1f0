package dev.apigw.simulator.auth.jwt;

import static dev.apigw.simulator.auth.jwt.TokenFixture.NOW;
import static dev.apigw.simulator.auth.jwt.TokenFixture.POOL_ISSUER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.simulator.Simulator;
import dev.apigw.simulator.http.HttpRequest;
import dev.apigw.simulator.http.HttpResponse;
import dev.apigw.simulator.pipeline.Invocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apigw.simulator.lambda.ProxyEvent;
import dev.apigw.simulator.mapping.BinaryMediaTypes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** REST API COGNITO_USER_POOLS authorizers end to end, through Simulator.execute with a MOCK integration. */
class CognitoAuthorizerTest {
    static final String OPENAPI = """
            openapi: 3.0.1
            info: { title: cognito-test, version: "1" }
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
                custom-header:
                  type: apiKey
                  name: X-Token
                  in: header
                  x-amazon-apigateway-authtype: cognito_user_pools
                  x-amazon-apigateway-authorizer:
                    type: cognito_user_pools
                    identitySource: method.request.header.X-Token
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
                        responseTemplates:
                          application/json: '{"email": "$context.authorizer.claims.email", "exp": "$context.authorizer.claims.exp", "verified": "$context.authorizer.claims.email_verified"}'
              /orders:
                get:
                  security: [ { pool: ["orders/read", "orders/admin"] } ]
                  x-amazon-apigateway-integration:
                    type: mock
                    requestTemplates: { application/json: '{"statusCode": 200}' }
                    responses:
                      default:
                        statusCode: "200"
                        responseTemplates: { application/json: '{"scope": "$context.authorizer.claims.scope"}' }
              /other:
                get:
                  security: [ { custom-header: [] } ]
                  x-amazon-apigateway-integration:
                    type: mock
                    requestTemplates: { application/json: '{"statusCode": 200}' }
                    responses:
                      default:
                        statusCode: "200"
                        responseTemplates: { application/json: '{"sub": "$context.authorizer.claims.sub"}' }
            """.formatted(TokenFixture.POOL_ARN, TokenFixture.POOL_ARN);
    static final String APIGW = """
            definition: openapi.yaml
            authorizers:
              pool: { jwks: keys/jwks.json }
              custom-header: { jwks: keys/jwks.json }
            """;

    @TempDir
    static Path dir;
    static Simulator simulator;

    @BeforeAll
    static void setUp() throws Exception {
        TokenFixture.project(dir, OPENAPI, APIGW);
        simulator = TokenFixture.simulator(dir);
    }

    static HttpResponse get(String path, String token) {
        HttpRequest.Builder request = HttpRequest.builder("GET", path);
        if (token != null) {
            request.header("Authorization", token);
        }
        return simulator.invoke(request.build());
    }

    static String body(HttpResponse response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    static String errorType(HttpResponse response) {
        return response.headers().get("x-amzn-ErrorType").get(0);
    }

    @Nested
    class IdTokens {
        @Test
        void validIdTokenPutsItsClaimsInContextAuthorizer() {
            HttpResponse response = get("/me", TokenFixture.rs256(TokenFixture.idToken(POOL_ISSUER).build()));
            assertThat(response.status()).isEqualTo(200);
            assertThat(body(response)).isEqualTo("{\"email\": \"ana@example.com\", \"exp\": \"Sun Mar 01 13:00:00 UTC"
                    + " 2026\", \"verified\": \"true\"}");
        }

        @Test
        void es256TokensAreAcceptedToo() {
            HttpResponse response = get("/me", TokenFixture.es256(TokenFixture.idToken(POOL_ISSUER).build()));
            assertThat(response.status()).isEqualTo(200);
        }

        @Test
        void proxyEventShowsClaimsAsStrings() {
            Invocation inv = simulator.execute(HttpRequest.builder("GET", "/me")
                    .header("Authorization", TokenFixture.rs256(TokenFixture.idToken(POOL_ISSUER).build())).build());
            @SuppressWarnings("unchecked")
            Map<String, Object> claims = (Map<String, Object>) inv.authorizer().get("claims");
            assertThat(claims).containsEntry("sub", "user-1").containsEntry("email_verified", "true")
                    .containsEntry("auth_time", String.valueOf(NOW.getEpochSecond() - 60))
                    .containsEntry("iat", "Sun Mar 01 11:59:00 UTC 2026").containsEntry("aud", "client-1")
                    .containsEntry("cognito:username", "ana");
        }

        @Test
        void lambdaProxyEventCarriesTheClaimsInRequestContextAuthorizer() throws Exception {
            Invocation inv = simulator.execute(HttpRequest.builder("GET", "/me")
                    .header("Authorization", TokenFixture.rs256(TokenFixture.idToken(POOL_ISSUER).build())).build());
            JsonNode event = new ObjectMapper().readTree(ProxyEvent.build(inv, new BinaryMediaTypes(List.of())));
            JsonNode claims = event.path("requestContext").path("authorizer").path("claims");
            assertThat(claims.path("email").asText()).isEqualTo("ana@example.com");
            assertThat(claims.path("email_verified").isTextual()).isTrue();
            assertThat(claims.path("exp").asText()).isEqualTo("Sun Mar 01 13:00:00 UTC 2026");
        }

        @Test
        void missingTokenIs401Unauthorized() {
            HttpResponse response = get("/me", null);
            assertThat(response.status()).isEqualTo(401);
            assertThat(body(response)).isEqualTo("{\"message\":\"Unauthorized\"}");
            assertThat(errorType(response)).isEqualTo("UnauthorizedException");
        }

        @Test
        void bearerPrefixIsNotPartOfACognitoToken() {
            HttpResponse response = get("/me", "Bearer " + TokenFixture.rs256(TokenFixture.idToken(POOL_ISSUER)
                    .build()));
            assertThat(response.status()).isEqualTo(401);
        }

        @Test
        void expiredTokenIs401IncomingTokenHasExpired() {
            String token = TokenFixture.rs256(TokenFixture.idToken(POOL_ISSUER)
                    .expirationTime(Date.from(NOW.minusSeconds(30))).build());
            HttpResponse response = get("/me", token);
            assertThat(response.status()).isEqualTo(401);
            assertThat(body(response)).isEqualTo("{\"message\":\"The incoming token has expired\"}");
        }

        @Test
        void tokenJustInsideTheClockSkewIsAccepted() {
            String token = TokenFixture.rs256(TokenFixture.idToken(POOL_ISSUER)
                    .expirationTime(Date.from(NOW.minusSeconds(2))).build());
            assertThat(get("/me", token).status()).isEqualTo(200);
        }

        @Test
        void tokenSignedByAnotherKeyIsUnauthorized() {
            String token = TokenFixture.sign(TokenFixture.OTHER_RSA, TokenFixture.idToken(POOL_ISSUER).build());
            HttpResponse response = get("/me", token);
            assertThat(response.status()).isEqualTo(401);
            assertThat(body(response)).isEqualTo("{\"message\":\"Unauthorized\"}");
        }

        @Test
        void tokenFromAnotherPoolIsUnauthorized() {
            String token = TokenFixture.rs256(TokenFixture.idToken(
                    "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Other").build());
            assertThat(get("/me", token).status()).isEqualTo(401);
        }

        @Test
        void garbageTokenIsUnauthorized() {
            assertThat(get("/me", "not-a-jwt").status()).isEqualTo(401);
        }

        @Test
        void tokenNotYetValidIsUnauthorized() {
            String token = TokenFixture.rs256(TokenFixture.idToken(POOL_ISSUER)
                    .notBeforeTime(Date.from(NOW.plusSeconds(600))).build());
            assertThat(get("/me", token).status()).isEqualTo(401);
        }

        @Test
        void accessTokenOnAMethodWithoutScopesIsUnauthorized() {
            String token = TokenFixture.rs256(TokenFixture.accessToken(POOL_ISSUER, "orders/read").build());
            assertThat(get("/me", token).status()).isEqualTo(401);
        }

        @Test
        void identitySourceNamesTheHeader() {
            String token = TokenFixture.rs256(TokenFixture.idToken(POOL_ISSUER).build());
            HttpResponse response = simulator.invoke(HttpRequest.builder("GET", "/other").header("X-Token", token)
                    .build());
            assertThat(response.status()).isEqualTo(200);
            assertThat(body(response)).isEqualTo("{\"sub\": \"user-1\"}");
            assertThat(get("/other", token).status()).isEqualTo(401);
        }
    }

    @Nested
    class Scopes {
        @Test
        void accessTokenWithOneOfTheScopesIsAccepted() {
            String token = TokenFixture.rs256(TokenFixture.accessToken(POOL_ISSUER, "openid orders/admin").build());
            HttpResponse response = get("/orders", token);
            assertThat(response.status()).isEqualTo(200);
            assertThat(body(response)).isEqualTo("{\"scope\": \"openid orders/admin\"}");
        }

        @Test
        void accessTokenWithoutTheScopesIsUnauthorized() {
            String token = TokenFixture.rs256(TokenFixture.accessToken(POOL_ISSUER, "openid profile").build());
            HttpResponse response = get("/orders", token);
            assertThat(response.status()).isEqualTo(401);
            assertThat(body(response)).isEqualTo("{\"message\":\"Unauthorized\"}");
        }

        @Test
        void idTokenOnAMethodWithScopesIsUnauthorized() {
            String token = TokenFixture.rs256(TokenFixture.idToken(POOL_ISSUER).build());
            assertThat(get("/orders", token).status()).isEqualTo(401);
        }
    }

    @Nested
    class GatewayResponses {
        @TempDir
        Path custom;

        @Test
        void unauthorizedCustomisationAppliesToCognitoRefusals() throws Exception {
            String openapi = OPENAPI.replace("paths:\n", """
                    x-amazon-apigateway-gateway-responses:
                      UNAUTHORIZED:
                        statusCode: "401"
                        responseParameters:
                          gatewayresponse.header.WWW-Authenticate: "'Bearer'"
                        responseTemplates:
                          application/json: '{"error": $context.error.messageString, "type": "$context.error.responseType"}'
                    paths:
                    """);
            TokenFixture.project(custom, openapi, APIGW);
            Simulator customised = TokenFixture.simulator(custom);
            HttpResponse missing = customised.invoke(HttpRequest.builder("GET", "/me").build());
            assertThat(missing.status()).isEqualTo(401);
            assertThat(body(missing)).isEqualTo("{\"error\": \"Unauthorized\", \"type\": \"UNAUTHORIZED\"}");
            assertThat(missing.headers().get("WWW-Authenticate")).containsExactly("Bearer");
            String expired = TokenFixture.rs256(TokenFixture.idToken(POOL_ISSUER)
                    .expirationTime(Date.from(NOW.minusSeconds(60))).build());
            assertThat(body(customised.invoke(HttpRequest.builder("GET", "/me").header("Authorization", expired)
                    .build()))).isEqualTo("{\"error\": \"The incoming token has expired\", \"type\": "
                    + "\"UNAUTHORIZED\"}");
        }
    }
}
