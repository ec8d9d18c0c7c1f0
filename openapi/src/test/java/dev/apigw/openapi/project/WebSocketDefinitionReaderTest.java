package dev.apigw.openapi.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apigw.model.api.ApiType;
import dev.apigw.model.api.AuthorizerType;
import dev.apigw.model.api.IntegrationType;
import dev.apigw.model.api.TextValue;
import dev.apigw.model.diag.ApigwException;
import dev.apigw.model.diag.Diagnostic;
import dev.apigw.model.project.ApiProject;
import dev.apigw.model.project.ProjectConfig;
import dev.apigw.model.websocket.ConnectionLimits;
import dev.apigw.model.websocket.WebSocketApi;
import dev.apigw.model.websocket.WebSocketRoute;
import dev.apigw.openapi.read.ImportOptions;
import dev.apigw.openapi.source.SourceDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The websocket section of apigw.yaml: WebSocket APIs have no OpenAPI form, so they are written there. */
class WebSocketDefinitionReaderTest {
    private static final String CHAT = """
            type: websocket
            websocket:
              name: chat
              routeSelectionExpression: $request.body.action
              apiKeySelectionExpression: $request.header.x-api-key
              idleTimeoutSeconds: 30
              maxConnectionSeconds: 600
              authorizers:
                byToken:
                  type: REQUEST
                  authorizerUri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:1:function:auth/invocations
                  identitySource: route.request.querystring.token, route.request.header.X-Room
                  authorizerResultTtlInSeconds: 60
              routes:
                $connect:
                  authorizationType: CUSTOM
                  authorizer: byToken
                  apiKeyRequired: true
                $default:
                  routeResponseSelectionExpression: $default
                  integration:
                    type: MOCK
                    templateSelectionExpression: \\$default
                    requestTemplates:
                      $default: '{"statusCode": 200}'
                    responses:
                      $default:
                        templateSelectionExpression: $request.body.kind
                        responseTemplates:
                          $default: '{"ok": true}'
                      /4\\d\\d/:
                        responseTemplates:
                          $default: '{"ok": false}'
                sendmessage:
                  integration:
                    type: aws_proxy
                    uri: arn:aws:lambda:us-east-1:1:function:send
                    timeoutInMillis: 5000
            """;

    private static ProjectConfig read(String yaml) {
        return ProjectConfigReader.read(SourceDocument.parse("apigw.yaml", yaml));
    }

    private static List<Diagnostic> problems(String yaml) {
        try {
            read(yaml);
        } catch (ApigwException e) {
            return e.diagnostics();
        }
        throw new AssertionError("expected the project file to be refused");
    }

    @Nested
    class ValidDefinitions {
        @Test
        void readsTheApiItsRoutesAndLimits() {
            WebSocketApi api = read(CHAT).webSocket().orElseThrow();
            assertThat(api.name()).isEqualTo("chat");
            assertThat(api.routeSelectionExpression()).isEqualTo("$request.body.action");
            assertThat(api.apiKeySelectionExpression()).contains("$request.header.x-api-key");
            assertThat(api.routes()).containsOnlyKeys("$connect", "$default", "sendmessage");
            assertThat(api.limits()).isEqualTo(new ConnectionLimits(Duration.ofSeconds(30), Duration.ofSeconds(600),
                    128 * 1024, 32 * 1024));
        }

        @Test
        void readsATwoWayMockRouteWithTemplatesAndIntegrationResponses() {
            WebSocketRoute route = read(CHAT).webSocket().orElseThrow().route("$default").orElseThrow();
            assertThat(route.twoWay()).isTrue();
            assertThat(route.templateSelectionExpression()).contains("\\$default");
            var integration = route.integration().orElseThrow();
            assertThat(integration.type()).contains(IntegrationType.MOCK);
            assertThat(integration.requestTemplates()).containsEntry("$default", TextValue.of("{\"statusCode\": 200}"));
            assertThat(integration.responses()).extracting(r -> r.selectionPattern())
                    .containsExactly("default", "4\\d\\d");
            assertThat(route.responseTemplateSelectionExpressions()).containsEntry("default", "$request.body.kind");
        }

        @Test
        void readsTheConnectAuthorizerAndALambdaRoute() {
            WebSocketApi api = read(CHAT).webSocket().orElseThrow();
            WebSocketRoute connect = api.route("$connect").orElseThrow();
            assertThat(connect.authorizationType()).isEqualTo("CUSTOM");
            assertThat(connect.authorizer()).contains("byToken");
            assertThat(connect.apiKeyRequired()).isTrue();
            var authorizer = api.authorizers().get("byToken");
            assertThat(authorizer.type()).contains(AuthorizerType.REQUEST);
            assertThat(authorizer.authorizerResultTtlInSeconds()).contains(60);
            WebSocketRoute send = api.route("sendmessage").orElseThrow();
            assertThat(send.twoWay()).isFalse();
            assertThat(send.integration().orElseThrow().type()).contains(IntegrationType.AWS_PROXY);
            assertThat(send.integration().orElseThrow().timeoutInMillis()).contains(5000);
        }

        @Test
        void withoutLimitsTheyAreAws() {
            WebSocketApi api = read("""
                    type: websocket
                    websocket:
                      routeSelectionExpression: ${request.body.service}/${request.body.action}
                      routes: { $default: {} }
                    """).webSocket().orElseThrow();
            assertThat(api.limits()).isEqualTo(ConnectionLimits.AWS);
        }

        @Test
        void aProjectDirectoryLoadsWithoutAnOpenApiFile(@TempDir Path dir) throws Exception {
            Files.writeString(dir.resolve("apigw.yaml"), CHAT);
            ApiProject project = new ProjectLoader().load(dir, ImportOptions.defaults()).project();
            assertThat(project.api().type()).isEqualTo(ApiType.WEBSOCKET);
            assertThat(project.api().title()).isEqualTo("chat");
            assertThat(project.config().webSocket()).isPresent();
        }
    }

    @Nested
    class ContentHandlingStrategies {
        private static final String BINARY = """
                type: websocket
                websocket:
                  routeSelectionExpression: $request.body.action
                  routes:
                    $default:
                      routeResponseSelectionExpression: $default
                      integration:
                        type: HTTP
                        uri: http://127.0.0.1:8080/upload
                        contentHandlingStrategy: CONVERT_TO_BINARY
                        responses:
                          $default:
                            contentHandlingStrategy: CONVERT_TO_TEXT
                """;

        @Test
        void areReadOnTheIntegrationAndItsResponses() {
            var integration = read(BINARY).webSocket().orElseThrow().route("$default").orElseThrow().integration()
                    .orElseThrow();
            assertThat(integration.contentHandling()).contains(dev.apigw.model.api.ContentHandling.CONVERT_TO_BINARY);
            assertThat(integration.responses()).singleElement().satisfies(r -> assertThat(r.contentHandling())
                    .contains(dev.apigw.model.api.ContentHandling.CONVERT_TO_TEXT));
        }

        @Test
        void anUnknownStrategyIsAnErrorAtItsLine() {
            assertThat(problems(BINARY.replace("CONVERT_TO_TEXT", "PASSTHROUGH"))).singleElement().satisfies(d -> {
                assertThat(d.message()).isEqualTo("unknown contentHandlingStrategy 'PASSTHROUGH'");
                assertThat(d.location().line()).isEqualTo(13);
            });
        }
    }

    @Nested
    class BadDefinitions {
        @Test
        void aMissingRouteSelectionExpressionIsAnErrorAtTheSection() {
            assertThat(problems("""
                    type: websocket
                    websocket:
                      routes: { $default: {} }
                    """)).singleElement().satisfies(d -> {
                assertThat(d.message()).isEqualTo("missing 'routeSelectionExpression'");
                assertThat(d.location().line()).isEqualTo(2);
                assertThat(d.location().file()).isEqualTo("apigw.yaml");
            });
        }

        @Test
        void anUnsupportedIntegrationTypeIsAnErrorAtItsLine() {
            assertThat(problems("""
                    type: websocket
                    websocket:
                      routeSelectionExpression: $request.body.action
                      routes:
                        $default:
                          integration:
                            type: AWS
                            uri: arn:aws:apigateway:us-east-1:sqs:path/1/q
                    """)).singleElement().satisfies(d -> {
                assertThat(d.message()).contains("integration type 'AWS' is not supported for WebSocket routes");
                assertThat(d.location().line()).isEqualTo(7);
            });
        }

        @Test
        void anAuthorizerOutsideConnectIsRefused() {
            assertThat(problems("""
                    type: websocket
                    websocket:
                      routeSelectionExpression: $request.body.action
                      routes:
                        $default:
                          authorizationType: CUSTOM
                          integration: { type: MOCK }
                    """)).singleElement().satisfies(d -> {
                assertThat(d.message()).contains("authorizes WebSocket connections on $connect only");
                assertThat(d.location().line()).isEqualTo(6);
            });
        }

        @Test
        void everyProblemIsReportedWithItsLine() {
            List<Diagnostic> found = problems("""
                    type: websocket
                    websocket:
                      routeSelectionExpression: action
                      idleTimeoutSeconds: 900
                      routes:
                        $connect:
                          authorizer: missing
                        chat:
                          routeResponseSelectionExpression: $request.body.x
                          integration:
                            type: HTTP_PROXY
                    """);
            assertThat(found).extracting(d -> d.location().line() + ": " + d.message()).containsExactlyInAnyOrder(
                    "3: routeSelectionExpression 'action' selects nothing from the message",
                    "7: unknown authorizer 'missing'",
                    "9: routeResponseSelectionExpression must be $default (the only value API Gateway supports for "
                            + "WebSocket APIs)",
                    "10: a HTTP_PROXY integration needs 'uri'",
                    "4: idleTimeoutSeconds must be a whole number of seconds from 1 to 600 (API Gateway's limit)");
        }

        @Test
        void aWebsocketSectionNeedsTheWebsocketType() {
            assertThat(problems("""
                    type: rest
                    websocket:
                      routeSelectionExpression: $request.body.action
                      routes: { $default: {} }
                    """)).singleElement().satisfies(d -> assertThat(d.message())
                    .isEqualTo("a websocket section needs 'type: websocket'"));
        }

        @Test
        void theWebsocketTypeNeedsTheSection() {
            assertThat(problems("type: websocket\n")).singleElement().satisfies(d -> {
                assertThat(d.message()).startsWith("type: websocket needs a websocket section");
                assertThat(d.location().line()).isEqualTo(1);
            });
        }

        @Test
        void unknownKeysAreNamed() {
            assertThat(problems("""
                    type: websocket
                    websocket:
                      routeSelectionExpression: $request.body.action
                      routes:
                        $default:
                          integrations: { type: MOCK }
                    """)).singleElement().satisfies(d -> {
                assertThat(d.message()).isEqualTo("unknown key 'integrations'");
                assertThat(d.location().line()).isEqualTo(6);
            });
        }
    }
}
