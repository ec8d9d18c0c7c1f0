package dev.apigw.openapi.iac.v2;

import static dev.apigw.openapi.iac.v2.V2Fixtures.api;
import static dev.apigw.openapi.iac.v2.V2Fixtures.imported;
import static dev.apigw.openapi.iac.v2.V2Fixtures.ofSeverity;
import static dev.apigw.openapi.iac.v2.V2Fixtures.read;
import static dev.apigw.openapi.iac.v2.V2Fixtures.template;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apigw.model.api.ApiDefinition;
import dev.apigw.model.api.ApiType;
import dev.apigw.model.api.AuthorizerType;
import dev.apigw.model.api.Integration;
import dev.apigw.model.api.IntegrationType;
import dev.apigw.model.api.Method;
import dev.apigw.model.api.TextValue;
import dev.apigw.model.diag.Diagnostic;
import dev.apigw.model.diag.Severity;
import dev.apigw.model.project.Stage;
import dev.apigw.model.project.ThrottleSettings;
import dev.apigw.openapi.iac.CloudFormationTemplate;
import dev.apigw.openapi.iac.TemplateApi;
import dev.apigw.openapi.json.Json;
import dev.apigw.openapi.source.SourceDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTTP APIs in CloudFormation: CDK's HttpApi, quick create and an imported Body, as the OpenAPI AWS exports. */
class ApiGatewayV2HttpApiTest {
    private static final String ITEMS_FUNCTION_URI = "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/"
            + "arn:aws:lambda:us-east-1:123456789012:function:ItemsFunction9B7A2C1D/invocations";

    private static JsonNode json(String text) {
        try {
            return Json.JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static Method method(ApiDefinition api, String path, String verb) {
        return api.resource(path).orElseThrow(() -> new AssertionError("no path " + path)).method(verb)
                .orElseThrow(() -> new AssertionError("no " + verb + " " + path));
    }

    @Nested
    class CdkHttpApi {
        private final CloudFormationTemplate template = template("cdk-http-api.json");
        private final List<TemplateApi> apis = read(template);
        private final TemplateApi api = api(apis, "HttpApiF5A9A8A7");
        private final JsonNode doc = api.definition().orElseThrow();

        @Test
        void isOneHttpApiAtItsResource() {
            assertThat(apis).hasSize(1);
            assertThat(api.type()).isEqualTo(ApiType.HTTP);
            assertThat(api.pointer()).isEqualTo("/Resources/HttpApiF5A9A8A7");
            assertThat(doc.path("openapi").asText()).isEqualTo("3.0.1");
            assertThat(doc.path("info").path("title").asText()).isEqualTo("ItemsApi");
            assertThat(doc.path("x-amazon-apigateway-importexport-version").asText()).isEqualTo("1.0");
        }

        @Test
        void theLambdaRouteIsExportedWithItsFunctionByLogicalIdAndItsJwtScopes() {
            assertThat(doc.path("paths").path("/items/{id}")).isEqualTo(json("""
                    {
                      "parameters": [{"name": "id", "in": "path", "description": "Generated path parameter for id",
                                      "required": true, "schema": {"type": "string"}}],
                      "get": {
                        "responses": {"default": {"description": "Default response for GET /items/{id}"}},
                        "security": [{"ItemsJwtAuthorizer": ["items/read"]}],
                        "x-amazon-apigateway-integration": {
                          "type": "aws_proxy",
                          "httpMethod": "POST",
                          "uri": "%s",
                          "payloadFormatVersion": "2.0",
                          "connectionType": "INTERNET"
                        }
                      }
                    }""".formatted(ITEMS_FUNCTION_URI)));
        }

        @Test
        void theGreedyRouteIsAnHttpProxyOnTheAnyMethod() {
            assertThat(doc.path("paths").path("/{proxy+}")).isEqualTo(json("""
                    {
                      "parameters": [{"name": "proxy+", "in": "path", "description": "Generated path parameter for proxy+",
                                      "required": true, "schema": {"type": "string"}}],
                      "x-amazon-apigateway-any-method": {
                        "responses": {"default": {"description": "Default response for ANY /{proxy+}"}},
                        "x-amazon-apigateway-integration": {
                          "type": "http_proxy",
                          "httpMethod": "ANY",
                          "uri": "https://backend.example.com/{proxy}",
                          "payloadFormatVersion": "1.0",
                          "connectionType": "INTERNET",
                          "requestParameters": {"append:header.x-request-id": "$context.requestId"}
                        }
                      }
                    }"""));
        }

        @Test
        void theJwtAuthorizerIsASecuritySchemeNamedAfterTheAuthorizer() {
            assertThat(doc.path("components").path("securitySchemes")).isEqualTo(json("""
                    {"ItemsJwtAuthorizer": {
                      "type": "oauth2",
                      "flows": {},
                      "x-amazon-apigateway-authorizer": {
                        "type": "jwt",
                        "identitySource": "$request.header.Authorization",
                        "jwtConfiguration": {
                          "issuer": "https://cognito-idp.us-east-1.amazonaws.com/ItemsUserPool8DF3A7F1",
                          "audience": ["items-client"]
                        }
                      }
                    }}"""));
        }

        @Test
        void theCorsConfigurationIsTheCorsExtension() {
            assertThat(doc.path("x-amazon-apigateway-cors")).isEqualTo(json("""
                    {"allowOrigins": ["https://app.example.com"], "allowCredentials": true, "maxAge": 3600,
                     "allowMethods": ["GET", "POST"], "allowHeaders": ["authorization", "content-type"]}"""));
        }

        @Test
        void bothStagesAreReadInTemplateOrderWithTheirThrottling() {
            assertThat(api.config().type()).contains(ApiType.HTTP);
            assertThat(api.config().stages()).containsOnlyKeys("$default", "prod");
            assertThat(api.config().stages().keySet()).first().isEqualTo("$default");
            assertThat(api.config().stages().get("$default")).isEqualTo(Stage.named("$default"));
            assertThat(api.config().stages().get("prod").throttling()).contains(new ThrottleSettings(10, 20));
        }

        @Test
        void cdkOutputIsUnderstoodWithoutWarnings() {
            assertThat(api.diagnostics()).noneMatch(d -> d.severity() != Severity.INFO);
            assertThat(template.diagnostics().list()).isEmpty();
        }

        @Test
        void theImporterReadsRoutesIntegrationsAuthorizerAndCors() {
            ApiDefinition model = imported(template, api);
            assertThat(model.type()).isEqualTo(ApiType.HTTP);
            assertThat(model.resources()).extracting(r -> r.path()).containsExactly("/items/{id}", "/{proxy+}");
            Integration lambda = method(model, "/items/{id}", "GET").integration().orElseThrow();
            assertThat(lambda.type()).contains(IntegrationType.AWS_PROXY);
            assertThat(lambda.uri()).contains(TextValue.of(ITEMS_FUNCTION_URI));
            assertThat(lambda.payloadFormatVersion()).contains("2.0");
            Method proxy = method(model, "/{proxy+}", Method.ANY);
            assertThat(proxy.integration().flatMap(Integration::type)).contains(IntegrationType.HTTP_PROXY);
            assertThat(proxy.integration().orElseThrow().requestParameters())
                    .containsEntry("append:header.x-request-id", "$context.requestId");
            var scheme = model.securitySchemes().get("ItemsJwtAuthorizer");
            assertThat(scheme.authorizer().flatMap(a -> a.type())).contains(AuthorizerType.JWT);
            assertThat(scheme.authorizer().flatMap(a -> a.jwtConfiguration()).orElseThrow().audience())
                    .containsExactly(TextValue.of("items-client"));
            assertThat(method(model, "/items/{id}", "GET").security().orElseThrow().get(0).schemes())
                    .containsEntry("ItemsJwtAuthorizer", List.of("items/read"));
            assertThat(model.settings().cors().flatMap(c -> c.allowOrigins())).contains(List.of("https://app.example.com"));
        }
    }

    @Nested
    class QuickCreate {
        private final CloudFormationTemplate template = template("quick-create.yaml");
        private final List<TemplateApi> apis = read(template);

        @Test
        void aLambdaTargetIsADefaultRouteWithPayload2AndTheApiCredentials() {
            JsonNode doc = api(apis, "LambdaQuickApi").definition().orElseThrow();
            assertThat(doc.path("paths")).isEqualTo(json("""
                    {"/$default": {"x-amazon-apigateway-any-method": {
                      "responses": {"default": {"description": "Default response for $default"}},
                      "x-amazon-apigateway-integration": {
                        "type": "aws_proxy",
                        "httpMethod": "POST",
                        "uri": "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:HelloFunction/invocations",
                        "payloadFormatVersion": "2.0",
                        "connectionType": "INTERNET",
                        "credentials": "arn:aws:iam::123456789012:role/ApiInvokeRole"
                      },
                      "isDefaultRoute": true
                    }}}"""));
        }

        @Test
        void aUrlTargetIsAnHttpProxyOnItsRouteKeyWithTheOverrides() {
            JsonNode doc = api(apis, "UrlQuickApi").definition().orElseThrow();
            assertThat(doc.path("paths").path("/status").path("get").path("x-amazon-apigateway-integration"))
                    .isEqualTo(json("""
                            {"type": "http_proxy", "httpMethod": "ANY", "uri": "https://status.example.com/health",
                             "payloadFormatVersion": "1.0", "connectionType": "INTERNET", "timeoutInMillis": 5000}"""));
        }

        @Test
        void quickCreateMakesAnAutoDeployedDefaultStage() {
            assertThat(api(apis, "LambdaQuickApi").config().stages()).containsOnlyKeys("$default");
            Stage overridden = api(apis, "UrlQuickApi").config().stages().get("$default");
            assertThat(overridden.variables()).containsExactly(Map.entry("env", "test"));
            assertThat(overridden.throttling()).contains(new ThrottleSettings(2, 5));
            assertThat(apis).allSatisfy(a -> assertThat(a.diagnostics()).isEmpty());
        }

        @Test
        void theImporterServesTheDefaultRoute() {
            TemplateApi api = api(apis, "LambdaQuickApi");
            ApiDefinition model = imported(template, api);
            Method any = method(model, "/$default", Method.ANY);
            assertThat(any.defaultRoute()).contains(true);
            assertThat(any.integration().flatMap(Integration::payloadFormatVersion)).contains("2.0");
            assertThat(any.integration().flatMap(Integration::credentials))
                    .contains(TextValue.of("arn:aws:iam::123456789012:role/ApiInvokeRole"));
        }
    }

    @Nested
    class Body {
        private final CloudFormationTemplate template = template("body-http-api.yaml");
        private final TemplateApi api = api(read(template), "OrdersApi");
        private final JsonNode doc = api.definition().orElseThrow();

        @Test
        void theBodyIsTheDefinitionWithItsIntrinsicsResolved() {
            assertThat(doc.path("info").path("title").asText()).isEqualTo("orders");
            assertThat(doc.path("paths").path("/orders").path("get").path("x-amazon-apigateway-integration")
                    .path("uri").asText()).isEqualTo("arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/"
                            + "arn:aws:lambda:us-east-1:123456789012:function:OrdersFunction/invocations");
            assertThat(doc.path("components").path("securitySchemes").path("orders-jwt")
                    .path("x-amazon-apigateway-authorizer").path("jwtConfiguration").path("audience"))
                    .isEqualTo(json("[\"orders-client\"]"));
        }

        @Test
        void apiPropertiesApplyOnTopOfTheBody() {
            assertThat(doc.path("x-amazon-apigateway-cors")).isEqualTo(json("""
                    {"allowOrigins": ["*"], "allowMethods": ["GET"]}"""));
            assertThat(doc.path("servers")).isEqualTo(json("""
                    [{"url": "/", "x-amazon-apigateway-endpoint-configuration": {"disableExecuteApiEndpoint": true}}]"""));
        }

        @Test
        void theStageHasVariablesThrottlingRouteSettingsAndTheAccessLogFormat() {
            assertThat(api.config().stages()).containsOnlyKeys("prod");
            Stage prod = api.config().stages().get("prod");
            assertThat(prod.variables()).containsEntry("legacyHost", "legacy.example.com");
            assertThat(prod.throttling()).contains(new ThrottleSettings(50, 100));
            assertThat(prod.methodSettings()).containsOnlyKeys("GET /orders");
            assertThat(prod.methodSettings().get("GET /orders").throttling()).contains(new ThrottleSettings(5, 10));
            assertThat(prod.accessLog().orElseThrow().format())
                    .isEqualTo("$context.requestId $context.routeKey $context.status");
        }

        @Test
        void whatIsNotEmulatedIsSaidOncePerPropertyAtItsLine() {
            List<Diagnostic> warnings = ofSeverity(api, Severity.WARNING);
            assertThat(warnings).extracting(Diagnostic::ruleId).containsOnly("APIGW-TEMPLATE-001");
            assertThat(warnings).extracting(d -> d.location().pointer()).containsExactlyInAnyOrder(
                    "/Resources/OrdersApi/Properties/BasePath",
                    "/Resources/OrdersProdStage/Properties/DefaultRouteSettings/DetailedMetricsEnabled",
                    "/Resources/OrdersProdStage/Properties/AccessLogSettings/DestinationArn",
                    "/Resources/OrdersMapping");
            assertThat(warnings).allSatisfy(d -> assertThat(d.location().line()).isPositive());
            assertThat(ofSeverity(api, Severity.INFO)).extracting(d -> d.location().pointer())
                    .contains("/Resources/OrdersDeployment/Properties/ApiId");
            assertThat(api.diagnostics()).noneMatch(Diagnostic::isError);
        }

        @Test
        void theImporterReadsTheBodyWithTheEndpointSetting() {
            ApiDefinition model = imported(template, api);
            assertThat(model.resources()).extracting(r -> r.path()).containsExactly("/orders", "/orders/{id}");
            assertThat(method(model, "/orders/{id}", "GET").integration().flatMap(Integration::type))
                    .contains(IntegrationType.HTTP_PROXY);
            assertThat(model.settings().endpointConfiguration().flatMap(e -> e.disableExecuteApiEndpoint()))
                    .contains(true);
            assertThat(model.settings().cors().flatMap(c -> c.allowMethods())).contains(List.of("GET"));
            assertThat(model.securitySchemes()).containsOnlyKeys("orders-jwt");
        }
    }

    @Nested
    class BodyElsewhere {
        @Test
        void anIncludedLocalFileIsTheDefinition(@TempDir Path dir) throws Exception {
            Files.writeString(dir.resolve("api.yaml"), """
                    openapi: 3.0.1
                    info: { title: included, version: "1" }
                    paths:
                      /ping:
                        get:
                          x-amazon-apigateway-integration:
                            type: aws_proxy
                            payloadFormatVersion: "2.0"
                            uri: !Sub "arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Fn.Arn}/invocations"
                    """);
            Path file = dir.resolve("template.yaml");
            Files.writeString(file, """
                    Resources:
                      Fn: { Type: AWS::Lambda::Function, Properties: { Runtime: nodejs20.x, Handler: a.b, Role: r, Code: { ZipFile: x } } }
                      Api:
                        Type: AWS::ApiGatewayV2::Api
                        Properties:
                          Body:
                            Fn::Transform: { Name: AWS::Include, Parameters: { Location: ./api.yaml } }
                    """);
            TemplateApi api = read(CloudFormationTemplate.read(file, Map.of())).get(0);
            assertThat(api.type()).isEqualTo(ApiType.HTTP);
            assertThat(api.definition().orElseThrow().path("paths").path("/ping").path("get")
                    .path("x-amazon-apigateway-integration").path("uri").asText())
                    .endsWith("function:Fn/invocations");
            assertThat(api.diagnostics()).noneMatch(d -> d.severity() != Severity.INFO);
        }

        @Test
        void aDefinitionInS3IsOneWarningAndAnApiWithoutRoutes() {
            TemplateApi api = read(CloudFormationTemplate.of(Path.of("t.yaml"), SourceDocument.parse("t.yaml", """
                    Resources:
                      Api:
                        Type: AWS::ApiGatewayV2::Api
                        Properties:
                          ProtocolType: HTTP
                          BodyS3Location: { Bucket: specs, Key: api.yaml }
                    """), Map.of())).get(0);
            assertThat(ofSeverity(api, Severity.WARNING)).singleElement().satisfies(d -> assertThat(
                    d.location().pointer()).isEqualTo("/Resources/Api/Properties/BodyS3Location"));
            assertThat(api.definition().orElseThrow().path("paths").isEmpty()).isTrue();
        }
    }

    @Nested
    class Authorizers {
        private final CloudFormationTemplate template = CloudFormationTemplate.of(Path.of("t.yaml"),
                SourceDocument.parse("t.yaml", """
                        Resources:
                          AuthFn: { Type: AWS::Lambda::Function, Properties: { Runtime: nodejs20.x, Handler: a.b, Role: r, Code: { ZipFile: x } } }
                          Api: { Type: AWS::ApiGatewayV2::Api, Properties: { ProtocolType: HTTP, Name: secured } }
                          Backend:
                            Type: AWS::ApiGatewayV2::Integration
                            Properties: { ApiId: !Ref Api, IntegrationType: HTTP_PROXY, IntegrationMethod: GET, IntegrationUri: https://b.example.com, PayloadFormatVersion: "1.0" }
                          LambdaAuth:
                            Type: AWS::ApiGatewayV2::Authorizer
                            Properties:
                              ApiId: !Ref Api
                              Name: LambdaAuth
                              AuthorizerType: REQUEST
                              AuthorizerUri: !Join ["", ["arn:", !Ref AWS::Partition, ":apigateway:", !Ref AWS::Region, ":lambda:path/2015-03-31/functions/", !GetAtt AuthFn.Arn, "/invocations"]]
                              AuthorizerPayloadFormatVersion: "2.0"
                              EnableSimpleResponses: true
                              AuthorizerResultTtlInSeconds: 300
                              IdentitySource: [$request.header.Authorization, $request.querystring.tenant]
                          Custom:
                            Type: AWS::ApiGatewayV2::Route
                            Properties: { ApiId: !Ref Api, RouteKey: GET /custom, AuthorizationType: CUSTOM, AuthorizerId: !Ref LambdaAuth, Target: !Sub "integrations/${Backend}" }
                          Iam:
                            Type: AWS::ApiGatewayV2::Route
                            Properties: { ApiId: !Ref Api, RouteKey: POST /iam, AuthorizationType: AWS_IAM, Target: !Sub "integrations/${Backend}" }
                          Stage: { Type: AWS::ApiGatewayV2::Stage, Properties: { ApiId: !Ref Api, StageName: $default, AutoDeploy: true } }
                        """), Map.of());
        private final TemplateApi api = read(template).get(0);
        private final JsonNode doc = api.definition().orElseThrow();

        @Test
        void aLambdaAuthorizerIsAnApiKeySchemeWithItsRequestAuthorizer() {
            assertThat(doc.path("components").path("securitySchemes").path("LambdaAuth")).isEqualTo(json("""
                    {"type": "apiKey", "name": "Authorization", "in": "header",
                     "x-amazon-apigateway-authorizer": {
                       "type": "request",
                       "authorizerUri": "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:AuthFn/invocations",
                       "identitySource": "$request.header.Authorization, $request.querystring.tenant",
                       "authorizerPayloadFormatVersion": "2.0",
                       "enableSimpleResponses": true,
                       "authorizerResultTtlInSeconds": 300}}"""));
            assertThat(doc.path("paths").path("/custom").path("get").path("security"))
                    .isEqualTo(json("[{\"LambdaAuth\": []}]"));
        }

        @Test
        void anIamRouteUsesTheSigv4SchemeAwsExports() {
            assertThat(doc.path("paths").path("/iam").path("post").path("security"))
                    .isEqualTo(json("[{\"sigv4\": []}]"));
            ApiDefinition model = imported(template, api);
            assertThat(model.securitySchemes().get("sigv4").isIam()).isTrue();
            assertThat(model.securitySchemes().get("LambdaAuth").authorizer().flatMap(a -> a.type()))
                    .contains(AuthorizerType.REQUEST);
            assertThat(api.diagnostics()).isEmpty();
        }
    }
}
