package dev.apigw.openapi.iac.v2;

import static dev.apigw.openapi.iac.v2.V2Fixtures.api;
import static dev.apigw.openapi.iac.v2.V2Fixtures.ofSeverity;
import static dev.apigw.openapi.iac.v2.V2Fixtures.read;
import static dev.apigw.openapi.iac.v2.V2Fixtures.template;
import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.model.api.ApiType;
import dev.apigw.model.api.Integration;
import dev.apigw.model.api.IntegrationType;
import dev.apigw.model.api.TextValue;
import dev.apigw.model.diag.Diagnostic;
import dev.apigw.model.diag.Severity;
import dev.apigw.model.project.LoggingSettings;
import dev.apigw.model.project.ProjectConfig;
import dev.apigw.model.websocket.WebSocketApi;
import dev.apigw.model.websocket.WebSocketRoute;
import dev.apigw.openapi.iac.CloudFormationTemplate;
import dev.apigw.openapi.iac.TemplateApi;
import dev.apigw.openapi.project.ProjectConfigReader;
import dev.apigw.openapi.source.SourceDocument;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** WebSocket APIs in CloudFormation, read into the same WebSocketApi that apigw.yaml's websocket section gives. */
class ApiGatewayV2WebSocketApiTest {
    private static final String LAMBDA = "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/"
            + "arn:aws:lambda:us-east-1:123456789012:function:%s/invocations";

    private static WebSocketApi fromProjectFile(String yaml) {
        ProjectConfig config = ProjectConfigReader.read(SourceDocument.parse("apigw.yaml", yaml));
        return config.webSocket().orElseThrow();
    }

    @Nested
    class ResourceForm {
        private final CloudFormationTemplate template = template("websocket-api.yaml");
        private final TemplateApi api = api(read(template), "ChatApi");
        private final WebSocketApi webSocket = api.config().webSocket().orElseThrow();

        @Test
        void isAWebSocketApiWithoutAnOpenApiDocument() {
            assertThat(api.type()).isEqualTo(ApiType.WEBSOCKET);
            assertThat(api.definition()).isEmpty();
            assertThat(api.config().type()).contains(ApiType.WEBSOCKET);
            assertThat(webSocket.routes()).containsOnlyKeys("$connect", "$disconnect", "$default", "sendmessage",
                    "typing", "history");
        }

        @Test
        void givesTheModelTheProjectFileGivesForTheSameApi() {
            WebSocketApi expected = fromProjectFile("""
                    type: websocket
                    websocket:
                      name: chat
                      routeSelectionExpression: $request.body.action
                      apiKeySelectionExpression: $request.header.x-api-key
                      authorizers:
                        byToken:
                          type: REQUEST
                          authorizerUri: %s
                          identitySource: route.request.querystring.token, route.request.header.X-Room
                          authorizerResultTtlInSeconds: 60
                      routes:
                        $connect:
                          authorizationType: CUSTOM
                          authorizer: byToken
                          apiKeyRequired: true
                          integration: { type: AWS_PROXY, uri: "%s" }
                        $disconnect:
                          integration: { type: AWS_PROXY, uri: "%s" }
                        $default:
                          routeResponseSelectionExpression: $default
                          integration:
                            type: MOCK
                            templateSelectionExpression: \\$default
                            requestTemplates:
                              $default: '{"statusCode": 200}'
                            responses:
                              $default:
                                templateSelectionExpression: \\$default
                                responseTemplates:
                                  $default: '{"error": "unknown action"}'
                              /4\\d\\d/:
                                responseTemplates:
                                  $default: '{"error": "bad request"}'
                        sendmessage:
                          routeResponseSelectionExpression: $default
                          integration: { type: AWS_PROXY, uri: "%s", timeoutInMillis: 5000 }
                        history:
                          integration:
                            type: HTTP_PROXY
                            httpMethod: POST
                            uri: http://${stageVariables.historyHost}/history
                    """.formatted(LAMBDA.formatted("AuthFunction"), LAMBDA.formatted("ConnectFunction"),
                    LAMBDA.formatted("DisconnectFunction"), LAMBDA.formatted("SendFunction")));
            Map<String, WebSocketRoute> routes = new LinkedHashMap<>(webSocket.routes());
            routes.remove("typing"); // an AWS integration, which the project file does not take
            assertThat(new WebSocketApi(webSocket.name(), webSocket.routeSelectionExpression(),
                    webSocket.apiKeySelectionExpression(), routes, webSocket.authorizers(), webSocket.limits()))
                    .isEqualTo(expected);
        }

        @Test
        void twoWayRoutesAreThoseWithADefaultRouteResponse() {
            assertThat(webSocket.routes().values()).filteredOn(WebSocketRoute::twoWay)
                    .extracting(WebSocketRoute::routeKey).containsExactlyInAnyOrder("$default", "sendmessage");
        }

        @Test
        void aNonProxyLambdaRouteKeepsItsTemplatesAndSelectionExpression() {
            WebSocketRoute typing = webSocket.route("typing").orElseThrow();
            Integration integration = typing.integration().orElseThrow();
            assertThat(integration.type()).contains(IntegrationType.AWS);
            assertThat(integration.httpMethod()).contains("POST");
            assertThat(integration.uri()).contains(TextValue.of(LAMBDA.formatted("TypingFunction")));
            assertThat(integration.requestTemplates()).containsOnlyKeys("start", "stop");
            assertThat(typing.templateSelectionExpression()).contains("$request.body.kind");
        }

        @Test
        void theStageHasItsVariablesAndExecutionLogging() {
            assertThat(api.config().stages()).containsOnlyKeys("production");
            assertThat(api.config().stages().get("production").variables())
                    .containsEntry("historyHost", "127.0.0.1:8081");
            assertThat(api.config().stages().get("production").logging())
                    .contains(new LoggingSettings("INFO", false));
        }

        @Test
        void modelsAndTheAwsIntegrationAreSaidNotToBeEmulated() {
            List<Diagnostic> warnings = ofSeverity(api, Severity.WARNING);
            assertThat(warnings).extracting(d -> d.location().pointer()).containsExactlyInAnyOrder(
                    "/Resources/SendRoute/Properties/ModelSelectionExpression",
                    "/Resources/SendRoute/Properties/RequestModels",
                    "/Resources/TypingIntegration/Properties/IntegrationType",
                    "/Resources/MessageModel");
            assertThat(api.diagnostics()).noneMatch(Diagnostic::isError);
            assertThat(template.diagnostics().list()).isEmpty();
        }
    }

    @Nested
    class CdkWebSocketApi {
        private final CloudFormationTemplate template = template("cdk-websocket-api.json");
        private final List<TemplateApi> apis = read(template);
        private final TemplateApi api = api(apis, "ChatApi1D6DD1B0");

        @Test
        void givesTheModelTheProjectFileGivesForTheSameApi() {
            WebSocketApi expected = fromProjectFile("""
                    type: websocket
                    websocket:
                      name: ChatApi
                      routeSelectionExpression: $request.body.action
                      authorizers:
                        TokenAuthorizer:
                          type: REQUEST
                          authorizerUri: %s
                          identitySource: route.request.querystring.token
                      routes:
                        $connect:
                          authorizationType: CUSTOM
                          authorizer: TokenAuthorizer
                          integration: { type: AWS_PROXY, uri: "%s" }
                        $disconnect:
                          integration: { type: AWS_PROXY, uri: "%s" }
                        $default:
                          integration: { type: AWS_PROXY, uri: "%s" }
                        sendmessage:
                          routeResponseSelectionExpression: $default
                          integration: { type: AWS_PROXY, uri: "%s" }
                    """.formatted(LAMBDA.formatted("AuthHandlerE5F6A7B8"), LAMBDA.formatted("ConnectHandlerA1B2C3D4"),
                    LAMBDA.formatted("DisconnectHandlerB2C3D4E5"), LAMBDA.formatted("DefaultHandlerC3D4E5F6"),
                    LAMBDA.formatted("SendHandlerD4E5F6A7")));
            assertThat(api.config().webSocket()).contains(expected);
        }

        @Test
        void cdkOutputIsUnderstoodWithoutFindings() {
            assertThat(apis).hasSize(1);
            assertThat(api.config().stages()).containsOnlyKeys("dev");
            assertThat(api.diagnostics()).isEmpty();
            assertThat(template.diagnostics().list()).isEmpty();
        }
    }
}
