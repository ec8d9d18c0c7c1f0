package dev.apigw.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apigw.cli.CliRun;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DescribeCommandTest {
    private static final String PETSTORE = Path.of("..", "samples", "petstore").toString();
    private static final String HTTP_API = Path.of("..", "samples", "http-api").toString();
    private static final String COGNITO = Path.of("..", "samples", "cognito").toString();
    private static final String AUTHORIZERS = Path.of("..", "samples", "authorizers").toString();

    private static JsonNode json(String... args) throws Exception {
        String[] all = new String[args.length + 3];
        all[0] = "describe";
        System.arraycopy(args, 0, all, 1, args.length);
        all[all.length - 2] = "--output";
        all[all.length - 1] = "json";
        CliRun run = CliRun.of(all);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return new ObjectMapper().readTree(run.out());
    }

    @Nested
    class Matching {
        @Test
        void findsTheMethodByItsTemplateWithAnyParameterName() throws Exception {
            JsonNode d = json(PETSTORE, "GET", "/pets/{id}");
            assertThat(d.get("routeKey").asText()).isEqualTo("GET /pets/{petId}");
            assertThat(d.get("pathParameters").isEmpty()).isTrue();
        }

        @Test
        void routesAConcretePathAsTheSimulatorDoesAndShowsTheBoundParameters() throws Exception {
            JsonNode d = json(PETSTORE, "get", "/pets/7");
            assertThat(d.get("routeKey").asText()).isEqualTo("GET /pets/{petId}");
            assertThat(d.at("/pathParameters/petId").asText()).isEqualTo("7");
        }

        @Test
        void aRestResourceWithOnlyAnyAnswersEveryMethod() throws Exception {
            JsonNode d = json(AUTHORIZERS, "DELETE", "/whoami");
            assertThat(d.get("routeKey").asText()).isEqualTo("ANY /whoami");
        }

        @Test
        void anHttpApiRouteIsMatchedWithItsPriorities() throws Exception {
            JsonNode d = json(HTTP_API, "DELETE", "/notes/42");
            assertThat(d.get("routeKey").asText()).isEqualTo("DELETE /notes/{id}");
            assertThat(d.at("/pathParameters/id").asText()).isEqualTo("42");
            assertThat(d.at("/integration/payloadFormatVersion").asText()).isEqualTo("2.0");
            assertThat(json(HTTP_API, "ANY", "$default").get("routeKey").asText()).isEqualTo("$default");
        }
    }

    @Nested
    class Content {
        @Test
        void showsTheRequestModelValidatorAndApiKey() throws Exception {
            JsonNode d = json(PETSTORE, "POST", "/pets");
            assertThat(d.at("/request/body/required").asBoolean()).isTrue();
            assertThat(d.at("/request/body/models/application~1json").asText()).isEqualTo("NewPet");
            assertThat(d.at("/request/validator/name").asText()).isEqualTo("body-only");
            assertThat(d.at("/request/validator/validateRequestBody").asBoolean()).isTrue();
            assertThat(d.at("/request/validator/validateRequestParameters").asBoolean()).isFalse();
            assertThat(d.at("/auth/authorizationType").asText()).isEqualTo("NONE");
            assertThat(d.at("/auth/apiKeyRequired").asBoolean()).isTrue();
        }

        @Test
        void showsTheIntegrationWithTemplatesAndMappings() throws Exception {
            JsonNode d = json(PETSTORE, "GET", "/pets/1");
            assertThat(d.at("/integration/type").asText()).isEqualTo("HTTP_PROXY");
            assertThat(d.at("/integration/uri").asText()).isEqualTo("http://${stageVariables.backend}/pets/{petId}");
            assertThat(d.at("/integration/timeoutInMillis").asInt()).isEqualTo(10000);
            assertThat(d.at("/integration/requestParameters/integration.request.path.petId").asText())
                    .isEqualTo("method.request.path.petId");
            assertThat(d.at("/request/parameters/0/name").asText()).isEqualTo("petId");
            assertThat(d.at("/request/parameters/0/in").asText()).isEqualTo("path");
        }

        @Test
        void showsIntegrationResponsesInOrderAndMethodResponses() throws Exception {
            JsonNode d = json(PETSTORE, "POST", "/pets");
            assertThat(d.at("/integrationResponses/0/selectionPattern").asText()).isEqualTo("422");
            assertThat(d.at("/integrationResponses/1/selectionPattern").asText()).isEqualTo("default");
            assertThat(d.at("/integrationResponses/1/statusCode").asText()).isEqualTo("201");
            assertThat(d.at("/integrationResponses/1/responseTemplates/application~1json").asText())
                    .contains("pet created");
            assertThat(d.get("methodResponses")).hasSize(3);
            assertThat(d.at("/methodResponses/1/statusCode").asText()).isEqualTo("400");
            assertThat(d.at("/methodResponses/1/models/application~1json").asText()).isEqualTo("Error");
        }

        @Test
        void showsTheAuthorizerTypeScopesAndSettings() throws Exception {
            JsonNode cognito = json(COGNITO, "GET", "/orders");
            assertThat(cognito.at("/auth/authorizationType").asText()).isEqualTo("COGNITO_USER_POOLS");
            assertThat(cognito.at("/auth/authorizer").asText()).isEqualTo("UserPool");
            assertThat(cognito.at("/auth/scopes/0").asText()).isEqualTo("orders/read");
            JsonNode token = json(AUTHORIZERS, "GET", "/hello");
            assertThat(token.at("/auth/authorizationType").asText()).isEqualTo("CUSTOM");
            assertThat(token.at("/auth/authorizerType").asText()).isEqualTo("TOKEN");
            assertThat(token.get("auth").get("authorizerDetails").toString())
                    .contains("identity source: method.request.header.Authorization").contains("result ttl: 60 s");
        }

        @Test
        void theTextFormHasOneSectionPerStepOfTheMethodExecution() {
            CliRun run = CliRun.of("describe", PETSTORE, "GET", "/pets");
            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).startsWith("GET /pets\n  operation: listPets\n  List the pets, optionally of one "
                    + "type\n\nMethod request\n  query type (optional, string)\n  request validator: none\n\n"
                    + "Authorization\n  type: NONE\n  API key required: false\n\nIntegration request\n  type: MOCK\n"
                    + "  passthrough behavior: WHEN_NO_TEMPLATES\n  mapping templates:\n    application/json:\n"
                    + "      {\"statusCode\": 200}\n\nIntegration responses\n  default -> 200\n  header mappings:\n"
                    + "    method.response.header.Access-Control-Allow-Origin = '*'\n");
            assertThat(run.out()).endsWith("Method responses\n  200  headers: Access-Control-Allow-Origin  "
                    + "application/json -> PetList\n");
        }
    }

    @Nested
    class Errors {
        @Test
        void anUnknownPathIsAUsageErrorNamingTheClosestResource() {
            CliRun run = CliRun.of("describe", PETSTORE, "GET", "/pest");
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).isEqualTo("error: no resource matches GET /pest; closest is /pets (0 of 1 "
                    + "segments match)\n");
            assertThat(run.out()).isEmpty();
        }

        @Test
        void aMethodTheResourceLacksIsAUsageErrorListingItsMethods() {
            CliRun run = CliRun.of("describe", PETSTORE, "DELETE", "/pets");
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("resource /pets matches but has no DELETE method (it has GET, POST)");
        }

        @Test
        void aWordThatIsNoHttpMethodIsAUsageErrorBeforeTheProjectIsRead() {
            CliRun run = CliRun.of("describe", "GET");
            assertThat(run.exitCode()).isEqualTo(2);
            run = CliRun.of("describe", PETSTORE, "/pets");
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("'" + PETSTORE + "' is not an HTTP method; expected [PROJECT] METHOD "
                    + "PATH");
        }

        @Test
        void anHttpApiPathWithoutARouteIsAUsageErrorListingTheRoutes() {
            CliRun run = CliRun.of("describe", HTTP_API, "PUT", "/notes");
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("no route matches PUT /notes; routes: GET /notes, POST /notes");
        }

        @Test
        void aMissingProjectIsAnInputError() {
            CliRun run = CliRun.of("describe", "no/such/dir", "GET", "/pets");
            assertThat(run.exitCode()).isEqualTo(3);
        }
    }
}
