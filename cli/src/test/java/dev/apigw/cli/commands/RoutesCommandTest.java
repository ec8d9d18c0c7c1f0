package dev.apigw.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apigw.cli.CliRun;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RoutesCommandTest {
    private static final String SAMPLES = Path.of("..", "samples").toString();

    private static String sample(String name) {
        return Path.of(SAMPLES, name).toString();
    }

    @Nested
    class Text {
        @Test
        void printsARestApisResourceTreeWithIntegrationAndAuth() {
            CliRun run = CliRun.of("routes", sample("petstore"));
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).isEqualTo("""
                    Petstore (apigw sample) (REST API): 3 method(s) on 2 resource(s)
                    /
                      /pets
                        GET   MOCK        NONE
                        POST  MOCK        NONE +api-key
                        /{petId}
                          GET   HTTP_PROXY  NONE
                    """);
            assertThat(run.err()).isEmpty();
        }

        @Test
        void intermediateResourcesWithoutMethodsAreInTheTree() {
            CliRun run = CliRun.of("routes", sample("cognito"));
            assertThat(run.out()).contains("""
                    /
                      /admin
                        /report
                          POST  MOCK  AWS_IAM
                    """);
        }

        @Test
        void namesTheAuthorizerAndTheScopes() {
            assertThat(CliRun.of("routes", sample("cognito")).out())
                    .contains("GET   MOCK  COGNITO_USER_POOLS(UserPool) scopes=orders/read\n");
            assertThat(CliRun.of("routes", sample("authorizers")).out())
                    .contains("GET  MOCK       CUSTOM(bearer)\n").contains("ANY  AWS_PROXY  CUSTOM(bearer)\n");
        }

        @Test
        void listsAnHttpApisRouteKeys() {
            CliRun run = CliRun.of("routes", sample("http-api"));
            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).isEqualTo("""
                    notes-http-api (HTTP API): 5 route(s)
                    $default            AWS_PROXY  NONE
                    GET /notes          AWS_PROXY  NONE
                    POST /notes         AWS_PROXY  NONE
                    GET /notes/{id}     AWS_PROXY  NONE
                    DELETE /notes/{id}  AWS_PROXY  NONE
                    """);
        }
    }

    @Nested
    class Json {
        @Test
        void writesOneDocumentWithAFlatListOfRoutes() throws Exception {
            CliRun run = CliRun.of("routes", sample("petstore"), "--output", "json");
            assertThat(run.exitCode()).isZero();
            JsonNode doc = new ObjectMapper().readTree(run.out());
            assertThat(doc.get("api").asText()).isEqualTo("Petstore (apigw sample)");
            assertThat(doc.get("type").asText()).isEqualTo("REST");
            assertThat(doc.get("routes")).hasSize(3);
            JsonNode post = doc.get("routes").get(1);
            assertThat(post.get("routeKey").asText()).isEqualTo("POST /pets");
            assertThat(post.get("integrationType").asText()).isEqualTo("MOCK");
            assertThat(post.get("authorizationType").asText()).isEqualTo("NONE");
            assertThat(post.get("apiKeyRequired").asBoolean()).isTrue();
            assertThat(post.get("authorizer").isNull()).isTrue();
            assertThat(run.err()).isEmpty();
        }

        @Test
        void carriesTheAuthorizerAndScopes() throws Exception {
            JsonNode doc = new ObjectMapper().readTree(CliRun.of("routes", sample("cognito"), "--output", "json")
                    .out());
            JsonNode orders = doc.get("routes").get(2);
            assertThat(orders.get("routeKey").asText()).isEqualTo("GET /orders");
            assertThat(orders.get("authorizationType").asText()).isEqualTo("COGNITO_USER_POOLS");
            assertThat(orders.get("authorizer").asText()).isEqualTo("UserPool");
            assertThat(orders.get("scopes").get(0).asText()).isEqualTo("orders/read");
        }

        @Test
        void anHttpApisDefaultRouteIsKeyedDollarDefault() throws Exception {
            JsonNode doc = new ObjectMapper().readTree(CliRun.of("routes", sample("http-api"), "--output", "json")
                    .out());
            assertThat(doc.get("type").asText()).isEqualTo("HTTP");
            assertThat(doc.get("routes").get(0).get("routeKey").asText()).isEqualTo("$default");
            assertThat(doc.get("routes").get(0).get("integrationType").asText()).isEqualTo("AWS_PROXY");
        }
    }

    @Test
    void aMissingProjectIsAnInputError() {
        CliRun run = CliRun.of("routes", "no/such/dir");
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).startsWith("error: no/such/dir: no such file or directory").doesNotContain("Exception");
    }
}
