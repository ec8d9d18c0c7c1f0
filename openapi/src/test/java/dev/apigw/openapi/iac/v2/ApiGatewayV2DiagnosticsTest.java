package dev.apigw.openapi.iac.v2;

import static dev.apigw.openapi.iac.v2.V2Fixtures.api;
import static dev.apigw.openapi.iac.v2.V2Fixtures.ofSeverity;
import static dev.apigw.openapi.iac.v2.V2Fixtures.read;
import static dev.apigw.openapi.iac.v2.V2Fixtures.template;
import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.model.diag.Diagnostic;
import dev.apigw.model.diag.Severity;
import dev.apigw.model.project.ThrottleSettings;
import dev.apigw.openapi.iac.CloudFormationTemplate;
import dev.apigw.openapi.iac.TemplateApi;
import dev.apigw.openapi.source.SourceDocument;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What the reader says about a template: references naming nothing, values AWS refuses, what is not emulated. */
class ApiGatewayV2DiagnosticsTest {

    private static CloudFormationTemplate inline(String yaml) {
        return CloudFormationTemplate.of(Path.of("template.yaml"), SourceDocument.parse("template.yaml", yaml),
                Map.of());
    }

    private static List<Diagnostic> errors(TemplateApi api) {
        return api.diagnostics().stream().filter(Diagnostic::isError).toList();
    }

    @Nested
    class UnresolvedReferences {
        private final CloudFormationTemplate template = template("broken-references.yaml");
        private final TemplateApi api = api(read(template), "Api");

        @Test
        void aTargetNamingNoIntegrationIsAnErrorAtTheTargetWithBothLogicalIds() {
            Diagnostic error = errors(api).stream().filter(d -> d.location().pointer()
                    .equals("/Resources/TargetsAFunction/Properties/Target")).findFirst().orElseThrow();
            assertThat(error.ruleId()).isEqualTo("APIGW-TEMPLATE-002");
            assertThat(error.message()).contains("TargetsAFunction", "integrations/Backend", "'Api'");
            assertThat(error.location().line()).isEqualTo(34);
        }

        @Test
        void anAuthorizerIdNamingNoAuthorizerIsAnError() {
            assertThat(errors(api)).extracting(d -> d.location().pointer())
                    .containsExactlyInAnyOrder("/Resources/TargetsAFunction/Properties/Target",
                            "/Resources/NoSuchAuthorizer/Properties/AuthorizerId");
        }

        @Test
        void aRouteOfAnApiNotInTheTemplateIsATemplateError() {
            Diagnostic error = template.diagnostics().list().stream().filter(Diagnostic::isError).findFirst()
                    .orElseThrow();
            assertThat(error.ruleId()).isEqualTo("APIGW-TEMPLATE-002");
            assertThat(error.location().pointer()).isEqualTo("/Resources/OrphanRoute/Properties/ApiId");
            assertThat(error.message()).contains("OrphanRoute", "AnotherStacksApi");
        }

        @Test
        void theRoutesThatResolveAreStillRead() {
            assertThat(api.definition().orElseThrow().path("paths").path("/internal").path("get")
                    .has("x-amazon-apigateway-integration")).isTrue();
        }
    }

    @Nested
    class NotEmulated {
        private final TemplateApi api = api(read(template("broken-references.yaml")), "Api");

        @Test
        void eachPropertyIsOneWarningAtItsPosition() {
            List<Diagnostic> warnings = ofSeverity(api, Severity.WARNING);
            assertThat(warnings).extracting(d -> d.location().pointer()).containsExactlyInAnyOrder(
                    "/Resources/Api/Properties/IpAddressType",
                    "/Resources/Integration/Properties/ConnectionType",
                    "/Resources/Stage/Properties/ClientCertificateId");
            assertThat(warnings).allSatisfy(d -> {
                assertThat(d.ruleId()).isEqualTo("APIGW-TEMPLATE-001");
                assertThat(d.location().file()).endsWith("broken-references.yaml");
                assertThat(d.location().line()).isPositive();
            });
        }

        @Test
        void anIntegrationSharedByTwoRoutesIsWarnedAboutOnce() {
            assertThat(api.diagnostics()).filteredOn(d -> d.message().contains("ConnectionType")).hasSize(1);
        }

        @Test
        void lambdaPermissionsAndOtherServicesArePassedOverSilently() {
            CloudFormationTemplate template = inline("""
                    Resources:
                      Fn: { Type: AWS::Lambda::Function, Properties: { Runtime: nodejs20.x, Handler: a.b, Role: r, Code: { ZipFile: x } } }
                      Api: { Type: AWS::ApiGatewayV2::Api, Properties: { ProtocolType: HTTP, Target: !GetAtt Fn.Arn } }
                      Permission:
                        Type: AWS::Lambda::Permission
                        Properties: { Action: lambda:InvokeFunction, FunctionName: !Ref Fn, Principal: apigateway.amazonaws.com }
                      Queue: { Type: AWS::SQS::Queue }
                    """);
            assertThat(read(template)).singleElement().satisfies(a -> assertThat(a.diagnostics()).isEmpty());
        }
    }

    @Nested
    class InvalidValues {
        @Test
        void httpApisTakeOnlyProxyIntegrationsAndWellFormedRouteKeys() {
            TemplateApi api = read(inline("""
                    Resources:
                      Api: { Type: AWS::ApiGatewayV2::Api, Properties: { ProtocolType: HTTP } }
                      Mock: { Type: AWS::ApiGatewayV2::Integration, Properties: { ApiId: !Ref Api, IntegrationType: MOCK } }
                      Route: { Type: AWS::ApiGatewayV2::Route, Properties: { ApiId: !Ref Api, RouteKey: GET /a, Target: integrations/Mock } }
                      Bad: { Type: AWS::ApiGatewayV2::Route, Properties: { ApiId: !Ref Api, RouteKey: "/no-method" } }
                    """)).get(0);
            assertThat(errors(api)).extracting(Diagnostic::ruleId).containsOnly("APIGW-TEMPLATE-003");
            assertThat(errors(api)).extracting(d -> d.location().pointer()).containsExactlyInAnyOrder(
                    "/Resources/Mock/Properties/IntegrationType", "/Resources/Bad/Properties/RouteKey");
        }

        @Test
        void routeSettingsMustNameARouteOfTheApi() {
            TemplateApi api = read(inline("""
                    Resources:
                      Api: { Type: AWS::ApiGatewayV2::Api, Properties: { ProtocolType: HTTP, Target: https://example.com } }
                      Prod:
                        Type: AWS::ApiGatewayV2::Stage
                        Properties:
                          ApiId: !Ref Api
                          StageName: prod
                          AutoDeploy: true
                          RouteSettings:
                            $default: { ThrottlingRateLimit: 3, ThrottlingBurstLimit: 6 }
                            GET /missing: { ThrottlingRateLimit: 1 }
                    """)).get(0);
            assertThat(errors(api)).singleElement().satisfies(d -> {
                assertThat(d.message()).contains("GET /missing");
                assertThat(d.location().pointer()).isEqualTo("/Resources/Prod/Properties/RouteSettings");
            });
            // the $default route is the any-method of /$default, which is how method settings find it
            assertThat(api.config().stages().get("prod").methodSettings().get("ANY /$default").throttling())
                    .contains(new ThrottleSettings(3, 6));
        }

        @Test
        void aPayloadFormatVersionLeftOutIsOneAsInAws() {
            TemplateApi api = read(inline("""
                    Resources:
                      Fn: { Type: AWS::Lambda::Function, Properties: { Runtime: nodejs20.x, Handler: a.b, Role: r, Code: { ZipFile: x } } }
                      Api: { Type: AWS::ApiGatewayV2::Api, Properties: { ProtocolType: HTTP } }
                      Fni: { Type: AWS::ApiGatewayV2::Integration, Properties: { ApiId: !Ref Api, IntegrationType: AWS_PROXY, IntegrationUri: !GetAtt Fn.Arn } }
                      Route: { Type: AWS::ApiGatewayV2::Route, Properties: { ApiId: !Ref Api, RouteKey: $default, Target: integrations/Fni } }
                    """)).get(0);
            assertThat(api.definition().orElseThrow().path("paths").path("/$default")
                    .path("x-amazon-apigateway-any-method").path("x-amazon-apigateway-integration")
                    .path("payloadFormatVersion").asText()).isEqualTo("1.0");
            assertThat(ofSeverity(api, Severity.INFO)).extracting(d -> d.location().pointer())
                    .contains("/Resources/Fni/Properties/PayloadFormatVersion");
        }
    }

    @Nested
    class WebSocketRules {
        @Test
        void aRouteResponseSelectionExpressionWithoutARouteResponseLeavesTheRouteOneWay() {
            TemplateApi api = read(inline("""
                    Resources:
                      Ws: { Type: AWS::ApiGatewayV2::Api, Properties: { ProtocolType: WEBSOCKET, RouteSelectionExpression: $request.body.action } }
                      Mock: { Type: AWS::ApiGatewayV2::Integration, Properties: { ApiId: !Ref Ws, IntegrationType: MOCK } }
                      Echo:
                        Type: AWS::ApiGatewayV2::Route
                        Properties: { ApiId: !Ref Ws, RouteKey: echo, RouteResponseSelectionExpression: $default, Target: integrations/Mock }
                    """)).get(0);
            assertThat(api.config().webSocket().orElseThrow().route("echo").orElseThrow().twoWay()).isFalse();
            assertThat(ofSeverity(api, Severity.INFO)).extracting(d -> d.location().pointer())
                    .contains("/Resources/Echo/Properties/RouteResponseSelectionExpression");
        }

        @Test
        void onlyConnectMayBeAuthorized() {
            TemplateApi api = read(inline("""
                    Resources:
                      Ws: { Type: AWS::ApiGatewayV2::Api, Properties: { ProtocolType: WEBSOCKET, RouteSelectionExpression: $request.body.action } }
                      Send: { Type: AWS::ApiGatewayV2::Route, Properties: { ApiId: !Ref Ws, RouteKey: send, AuthorizationType: AWS_IAM } }
                      Orphan: { Type: AWS::ApiGatewayV2::RouteResponse, Properties: { ApiId: !Ref Ws, RouteId: Missing, RouteResponseKey: $default } }
                    """)).get(0);
            assertThat(errors(api)).extracting(d -> d.location().pointer()).containsExactlyInAnyOrder(
                    "/Resources/Send/Properties/AuthorizationType", "/Resources/Orphan/Properties/RouteId");
        }
    }
}
