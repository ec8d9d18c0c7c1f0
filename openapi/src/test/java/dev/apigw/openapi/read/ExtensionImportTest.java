package dev.apigw.openapi.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apigw.model.api.ApiDefinition;
import dev.apigw.model.api.ApiKeySource;
import dev.apigw.model.api.ApiType;
import dev.apigw.model.api.Authorizer;
import dev.apigw.model.api.AuthorizerType;
import dev.apigw.model.api.ContentHandling;
import dev.apigw.model.api.Integration;
import dev.apigw.model.api.IntegrationType;
import dev.apigw.model.api.Method;
import dev.apigw.model.api.ParameterLocation;
import dev.apigw.model.api.PassthroughBehavior;
import dev.apigw.model.api.TextValue;
import dev.apigw.model.diag.ApigwException;
import dev.apigw.model.diag.Diagnostic;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** One focused test per API Gateway extension: the value lands in its typed model field. */
class ExtensionImportTest {
    private final ApiDefinition rest = Fixtures.api("all-extensions.oas30.yaml");
    private final ApiDefinition http = Fixtures.api("http-api.oas30.yaml");

    private Method method(ApiDefinition api, String path, String verb) {
        return api.resource(path).orElseThrow().method(verb).orElseThrow();
    }

    private Integration integration(ApiDefinition api, String path, String verb) {
        return method(api, path, verb).integration().orElseThrow();
    }

    @Nested
    class IntegrationExtension {
        @Test
        void readsEveryIntegrationProperty() {
            Integration i = integration(rest, "/pets", "GET");
            assertThat(i.type()).contains(IntegrationType.HTTP);
            assertThat(i.uri()).contains(TextValue.of("https://backend.example.com/${stageVariables.env}/pets"));
            assertThat(i.httpMethod()).contains("GET");
            assertThat(i.credentials()).contains(TextValue.of("arn:aws:iam::123456789012:role/apigw"));
            assertThat(i.requestParameters()).containsEntry("integration.request.querystring.limit",
                    "method.request.querystring.limit");
            assertThat(i.requestTemplates()).containsKey("application/json");
            assertThat(i.passthroughBehavior()).contains(PassthroughBehavior.WHEN_NO_TEMPLATES);
            assertThat(i.contentHandling()).contains(ContentHandling.CONVERT_TO_TEXT);
            assertThat(i.cacheKeyParameters()).containsExactly("method.request.querystring.limit");
            assertThat(i.cacheNamespace()).contains("pets");
            assertThat(i.timeoutInMillis()).contains(5000);
            assertThat(i.connectionType()).contains("VPC_LINK");
            assertThat(i.connectionId()).contains(TextValue.of("${stageVariables.vpcLinkId}"));
            assertThat(i.tlsConfig()).hasValueSatisfying(t -> {
                assertThat(t.insecureSkipVerification()).contains(true);
                assertThat(t.serverNameToVerify()).contains("backend.example.com");
            });
        }

        @Test
        void keepsResponsesInOrderKeyedBySelectionPattern() {
            Integration i = integration(rest, "/pets", "GET");
            assertThat(i.responses()).extracting(r -> r.selectionPattern()).containsExactly("4\\d{2}", "default");
            assertThat(i.responses().get(1).responseParameters()).containsEntry("method.response.header.X-Count",
                    "integration.response.header.X-Total");
            assertThat(i.responses().get(1).contentHandling()).contains(ContentHandling.CONVERT_TO_TEXT);
            assertThat(i.responses().get(0).statusCode()).isEqualTo("400");
        }

        @Test
        void readsStreamingResponseTransferMode() {
            assertThat(integration(rest, "/pets/{petId}", "ANY").responseTransferMode()).contains("STREAM");
        }

        @Test
        void readsHttpApiPayloadFormatSubtypeAndResponseParameters() {
            Integration items = integration(http, "/items/{id}", "GET");
            assertThat(items.payloadFormatVersion()).contains("1.0");
            assertThat(items.requestParameters()).containsEntry("overwrite:header.x-user",
                    "$context.authorizer.claims.sub");
            assertThat(items.httpResponseParameters()).containsEntry("404",
                    Map.of("overwrite:statuscode", "410", "append:header.x-gone", "yes"));
            assertThat(integration(http, "/events", "POST").integrationSubtype()).contains("EventBridge-PutEvents");
        }

        @Test
        void rejectsUnknownTypeAndPassthroughWithTheirLocation() {
            assertThatThrownBy(() -> Fixtures.api("bad-integration.yaml"))
                    .isInstanceOfSatisfying(ApigwException.class, e -> {
                        assertThat(e.kind()).isEqualTo(ApigwException.Kind.INPUT);
                        assertThat(e.diagnostics()).extracting(Diagnostic::message).anySatisfy(m ->
                                assertThat(m).contains("unknown integration type 'lambda'"));
                        assertThat(e.diagnostics()).extracting(Diagnostic::message).anySatisfy(m ->
                                assertThat(m).contains("unknown passthroughBehavior 'sometimes'"));
                        assertThat(e.diagnostics()).extracting(Diagnostic::message).anySatisfy(m ->
                                assertThat(m).contains("timeoutInMillis must be an integer"));
                        assertThat(e.diagnostics()).allSatisfy(d -> assertThat(d.location().line()).isPositive());
                    });
        }
    }

    @Nested
    class IntegrationsComponent {
        @Test
        void keepsRefAndResolvesIt() {
            Integration ref = integration(rest, "/pets", "POST");
            assertThat(ref.ref()).contains("#/components/x-amazon-apigateway-integrations/create-pet");
            assertThat(rest.resolve(ref)).hasValueSatisfying(i -> assertThat(i.type()).contains(IntegrationType.AWS));
        }
    }

    @Nested
    class AnyMethod {
        @Test
        void becomesAnAnyMethod() {
            assertThat(method(rest, "/pets/{petId}", "ANY").isAny()).isTrue();
        }

        @Test
        void readsIsDefaultRoute() {
            assertThat(method(http, "$default", "ANY").defaultRoute()).contains(true);
        }
    }

    @Nested
    class Authorizers {
        @Test
        void readsTokenAuthorizer() {
            Authorizer a = rest.securitySchemes().get("lambda-token").authorizer().orElseThrow();
            assertThat(a.type()).contains(AuthorizerType.TOKEN);
            assertThat(a.identitySource()).contains("method.request.header.Authorization");
            assertThat(a.identityValidationExpression()).contains("^Bearer [-0-9a-zA-Z._]*$");
            assertThat(a.authorizerResultTtlInSeconds()).contains(60);
            assertThat(a.authorizerCredentials()).isPresent();
            assertThat(a.authorizerUri()).isPresent();
        }

        @Test
        void readsCognitoProviderArns() {
            Authorizer a = rest.securitySchemes().get("cognito").authorizer().orElseThrow();
            assertThat(a.type()).contains(AuthorizerType.COGNITO_USER_POOLS);
            assertThat(a.providerARNs()).hasSize(1);
        }

        @Test
        void readsJwtAndSimpleResponseAuthorizers() {
            Authorizer jwt = http.securitySchemes().get("jwt-auth").authorizer().orElseThrow();
            assertThat(jwt.type()).contains(AuthorizerType.JWT);
            assertThat(jwt.jwtConfiguration().orElseThrow().audience()).extracting(TextValue::display)
                    .containsExactly("client-1", "client-2");
            Authorizer simple = http.securitySchemes().get("lambda-simple").authorizer().orElseThrow();
            assertThat(simple.enableSimpleResponses()).contains(true);
            assertThat(simple.authorizerPayloadFormatVersion()).contains("2.0");
        }

        @Test
        void readsAuthtype() {
            assertThat(rest.securitySchemes().get("sigv4").isIam()).isTrue();
            assertThat(rest.securitySchemes().get("lambda-token").authType()).contains("custom");
            assertThat(rest.securitySchemes().get("api_key").isApiKey()).isTrue();
        }

        @Test
        void readsRouteAuth() {
            assertThat(method(http, "/events", "POST").auth()).hasValueSatisfying(a ->
                    assertThat(a.type()).isEqualTo("AWS_IAM"));
        }
    }

    @Nested
    class RootExtensions {
        @Test
        void readsApiKeySourceBinaryTypesAndCompression() {
            assertThat(rest.settings().apiKeySource()).contains(ApiKeySource.AUTHORIZER);
            assertThat(rest.settings().binaryMediaTypesOrEmpty()).containsExactly("image/png", "*/*");
            assertThat(rest.settings().minimumCompressionSize()).contains(1024);
        }

        @Test
        void readsGatewayResponses() {
            assertThat(rest.settings().gatewayResponses().get("BAD_REQUEST_BODY").statusCode()).contains("422");
            assertThat(rest.settings().gatewayResponses().get("BAD_REQUEST_BODY").responseParameters())
                    .containsEntry("gatewayresponse.header.Access-Control-Allow-Origin", "'*'");
            assertThat(rest.settings().gatewayResponses().get("DEFAULT_5XX").statusCode()).isEmpty();
        }

        @Test
        void readsRequestValidatorsAndTheirUse() {
            assertThat(rest.settings().requestValidators().get("all").validateRequestBody()).isTrue();
            assertThat(rest.settings().requestValidators().get("params-only").validateRequestBody()).isFalse();
            assertThat(rest.settings().defaultRequestValidator()).contains("params-only");
            assertThat(method(rest, "/pets", "GET").requestValidator()).contains("all");
        }

        @Test
        void readsEndpointConfigurationFromServers() {
            assertThat(rest.settings().endpointConfiguration()).hasValueSatisfying(e -> {
                assertThat(e.types()).contains(List.of("REGIONAL"));
                assertThat(e.vpcEndpointIds()).contains(List.of("vpce-0123"));
                assertThat(e.disableExecuteApiEndpoint()).contains(true);
                assertThat(e.inServer()).isTrue();
            });
        }

        @Test
        void readsPolicyDocumentationSecurityPolicyAndAccessMode() {
            assertThat(rest.settings().policy().orElseThrow()).containsKey("Statement");
            assertThat(rest.settings().documentation().orElseThrow().documentationParts()).hasSize(2);
            assertThat(rest.settings().securityPolicy()).contains("SecurityPolicy_TLS13_1_3_2025_09");
            assertThat(rest.settings().endpointAccessMode()).contains("STRICT");
        }

        @Test
        void readsCorsAndImportExportVersionAndDetectsHttpApi() {
            assertThat(http.type()).isEqualTo(ApiType.HTTP);
            assertThat(rest.type()).isEqualTo(ApiType.REST);
            assertThat(http.settings().importExportVersion()).contains("1.0");
            assertThat(http.settings().cors()).hasValueSatisfying(c -> {
                assertThat(c.allowOrigins()).contains(List.of("https://example.com"));
                assertThat(c.allowCredentials()).contains(true);
                assertThat(c.maxAge()).contains(3600);
                assertThat(c.exposeHeaders()).contains(List.of("x-request-id"));
            });
        }

        @Test
        void readsTagValue() {
            assertThat(rest.tags().orElseThrow().get(0).value()).contains("team-a");
            assertThat(http.tags().orElseThrow().get(0).value()).contains("dev");
        }
    }

    @Nested
    class MethodRequest {
        @Test
        void readsParametersBodyAndSecurity() {
            Method get = method(rest, "/pets", "GET");
            assertThat(get.parameters()).anySatisfy(p -> {
                assertThat(p.name()).isEqualTo("limit");
                assertThat(p.in()).contains(ParameterLocation.QUERY);
                assertThat(p.required()).isTrue();
            });
            Method post = method(rest, "/pets", "POST");
            assertThat(post.requestBody().orElseThrow().content().get("application/json").modelName())
                    .contains("NewPet");
            assertThat(post.security().orElseThrow()).hasSize(2);
            assertThat(rest.resource("/pets/{petId}").orElseThrow().parameters()).hasSize(1);
        }
    }

    @Nested
    class UnknownExtensions {
        @Test
        void warnsWithLineAndKeepsThemForExport() {
            ImportResult result = Fixtures.importResult("unknown-extensions.yaml", ImportOptions.defaults());
            assertThat(result.diagnostics()).filteredOn(d -> d.ruleId().equals(RuleIds.UNKNOWN_EXTENSION))
                    .hasSize(3).allSatisfy(d -> assertThat(d.location().line()).isPositive());
            assertThat(result.diagnostics()).filteredOn(d -> d.ruleId().equals(RuleIds.UNKNOWN_PROPERTY))
                    .singleElement().satisfies(d -> assertThat(d.location().line()).isEqualTo(13));
            assertThat(result.api().unknownExtensions()).containsKeys("x-amazon-apigateway-throttle",
                    "x-amazon-apigateway-made-up");
            Method m = result.api().resource("/a").orElseThrow().method("GET").orElseThrow();
            assertThat(m.unknownExtensions()).containsKey("x-amazon-apigateway-not-real");
            assertThat(m.integration().orElseThrow().unknownProperties()).containsEntry("madeUpProperty", "x");
        }

        @Test
        void failOnWarningsTurnsThemIntoAFailure() {
            ImportOptions strict = new ImportOptions(ImportOptions.BasePathMode.IGNORE, true,
                    java.util.Optional.empty(), Map.of());
            assertThatThrownBy(() -> Fixtures.importResult("unknown-extensions.yaml", strict))
                    .isInstanceOfSatisfying(ApigwException.class, e -> assertThat(e.diagnostics())
                            .anySatisfy(d -> assertThat(d.ruleId()).isEqualTo(RuleIds.FAIL_ON_WARNINGS)));
        }
    }
}
