package dev.apigw.simulator.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apigw.model.project.ApiProject;
import dev.apigw.simulator.Simulator;
import dev.apigw.simulator.SimulatorOptions;
import dev.apigw.simulator.TestApis;
import dev.apigw.simulator.http.HttpRequest;
import dev.apigw.simulator.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The WebSocket engine without sockets: handshakes, route selection, integrations, limits, @connections. */
class WebSocketEngineTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

    private TestClock clock;
    private Simulator simulator;
    private WebSocketEngine engine;

    @BeforeEach
    void setUp() {
        clock = new TestClock(START);
        simulator = simulator("websocket");
        engine = simulator.webSocket().orElseThrow();
    }

    private Simulator simulator(String fixture) {
        Path dir = TestApis.fixture(fixture);
        return Simulator.create(TestApis.load(fixture), SimulatorOptions.stage("dev").withWorkingDirectory(dir)
                .withClock(clock));
    }

    private static Handshake handshake(Map<String, List<String>> query) {
        return new Handshake(Map.of("Host", List.of("127.0.0.1:3000"), "User-Agent", List.of("test-client/1.0")),
                query, "10.1.2.3");
    }

    private Connection connect(WebSocketEngine e, RecordingChannel channel, Map<String, List<String>> query) {
        Handshake.Result result = e.connect(handshake(query));
        assertThat(result).isInstanceOf(Handshake.Accepted.class);
        return e.open(((Handshake.Accepted) result).connection(), channel);
    }

    private Connection connect(RecordingChannel channel) {
        return connect(engine, channel, Map.of());
    }

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Nested
    class Handshakes {
        @Test
        void acceptsWhenConnectIntegrationAnswers2xx() {
            Connection c = connect(new RecordingChannel());
            assertThat(c.id()).matches("[A-Za-z0-9]{15}=");
            assertThat(engine.connections().find(c.id())).isPresent();
        }

        @Test
        void connectionIdsAreBase64WithoutSlashOrPlus() {
            for (int i = 0; i < 500; i++) {
                assertThat(WebSocketIds.next()).matches("[A-Za-z0-9]{15}=");
            }
        }

        @Test
        void refusesWithTheStatusTheConnectIntegrationAnswers() {
            Handshake.Result result = engine.connect(handshake(Map.of("deny", List.of("403"))));
            assertThat(result).isEqualTo(new Handshake.Refused(403, ""));
            Handshake.Result server = engine.connect(handshake(Map.of("deny", List.of("500"))));
            assertThat(((Handshake.Refused) server).status()).isEqualTo(500);
        }

        @Test
        void anAcceptedConnectionIsUnknownUntilOpened() {
            Handshake.Accepted accepted = (Handshake.Accepted) engine.connect(handshake(Map.of()));
            HttpResponse response = engine.management().handle(get(accepted.connection().id()));
            assertThat(response.status()).isEqualTo(410);
        }
    }

    @Nested
    class RouteSelection {
        @Test
        void selectsTheRouteNamedByTheExpression() throws Exception {
            RecordingChannel ch = new RecordingChannel();
            Connection c = connect(ch);
            engine.receive(c.id(), "{\"action\":\"echo\",\"n\":1}");
            JsonNode event = json(ch.last());
            assertThat(event.at("/requestContext/routeKey").asText()).isEqualTo("echo");
        }

        @Test
        void nonJsonAndUnknownActionsGoToDefault() throws Exception {
            RecordingChannel ch = new RecordingChannel();
            Connection c = connect(ch);
            engine.receive(c.id(), "plain text");
            engine.receive(c.id(), "{\"action\":\"nope\"}");
            engine.receive(c.id(), "{\"other\":1}");
            assertThat(ch.sent).hasSize(3).allSatisfy(s -> assertThat(s).contains("\"route\": \"$default\""));
            assertThat(json(ch.sent.get(0))).isEqualTo(json("{\"route\": \"$default\", \"connectionId\": \""
                    + c.id() + "\", \"stage\": \"dev\", \"greeting\": \"hi\"}"));
        }

        @Test
        void withoutDefaultAnUnmatchedMessageGetsTheForbiddenFrame() {
            WebSocketEngine auth = simulator("websocket-auth").webSocket().orElseThrow();
            RecordingChannel ch = new RecordingChannel();
            Connection c = connect(auth, ch, Map.of("token", List.of("allow")));
            auth.receive(c.id(), "{\"action\":\"unknown\"}");
            assertThat(ch.last()).matches("\\{\"message\": \"Forbidden\", \"connectionId\":\""
                    + java.util.regex.Pattern.quote(c.id()) + "\", \"requestId\":\"[A-Za-z0-9+/=]+\"}");
        }

        @Test
        void connectAndDisconnectCannotBeSelectedByAMessage() {
            RecordingChannel ch = new RecordingChannel();
            Connection c = connect(ch);
            engine.receive(c.id(), "{\"action\":\"$disconnect\"}");
            assertThat(ch.last()).contains("\"route\": \"$default\"");
            assertThat(engine.connections().find(c.id())).isPresent();
        }
    }

    @Nested
    class Integrations {
        @Test
        void lambdaProxyGetsTheWebSocketMessageEvent() throws Exception {
            RecordingChannel ch = new RecordingChannel();
            Connection c = connect(ch);
            clock.advance(Duration.ofSeconds(5));
            engine.receive(c.id(), "{\"action\":\"echo\",\"text\":\"hello\"}");
            JsonNode e = json(ch.last());
            assertThat(e.get("body").asText()).isEqualTo("{\"action\":\"echo\",\"text\":\"hello\"}");
            assertThat(e.get("isBase64Encoded").asBoolean()).isFalse();
            assertThat(e.has("headers")).isFalse();
            JsonNode rc = e.get("requestContext");
            List<String> keys = new java.util.ArrayList<>();
            rc.fieldNames().forEachRemaining(keys::add);
            assertThat(keys).containsExactly("routeKey", "messageId", "eventType", "extendedRequestId",
                    "requestTime", "messageDirection", "stage", "connectedAt", "requestTimeEpoch", "identity",
                    "requestId", "domainName", "connectionId", "apiId");
            assertThat(rc.get("eventType").asText()).isEqualTo("MESSAGE");
            assertThat(rc.get("messageDirection").asText()).isEqualTo("IN");
            assertThat(rc.get("messageId").asText()).isNotBlank();
            assertThat(rc.get("connectionId").asText()).isEqualTo(c.id());
            assertThat(rc.get("stage").asText()).isEqualTo("dev");
            assertThat(rc.get("domainName").asText()).isEqualTo("127.0.0.1:3000");
            assertThat(rc.get("connectedAt").asLong()).isEqualTo(START.toEpochMilli());
            assertThat(rc.get("requestTimeEpoch").asLong()).isEqualTo(START.plusSeconds(5).toEpochMilli());
            assertThat(rc.get("requestTime").asText()).isEqualTo("01/Mar/2026:10:00:05 +0000");
            assertThat(rc.at("/identity/sourceIp").asText()).isEqualTo("10.1.2.3");
            assertThat(rc.at("/identity/userAgent").asText()).isEqualTo("test-client/1.0");
            assertThat(rc.get("apiId").asText()).matches("[a-z0-9]{10}");
        }

        @Test
        void oneWayRoutesSendNothingBack() {
            RecordingChannel ch = new RecordingChannel();
            Connection c = connect(ch);
            engine.receive(c.id(), "{\"action\":\"oneway\"}");
            assertThat(ch.sent).isEmpty();
        }

        @Test
        void aFailingIntegrationSendsTheInternalServerErrorFrame() {
            RecordingChannel ch = new RecordingChannel();
            Connection c = connect(ch);
            engine.receive(c.id(), "{\"action\":\"broken\"}");
            assertThat(ch.last()).startsWith("{\"message\": \"Internal server error\", \"connectionId\":\""
                    + c.id() + "\", \"requestId\":\"");
        }

        @Test
        void templateSelectionPicksTheRequestTemplateAndStatusPicksTheIntegrationResponse() {
            RecordingChannel ch = new RecordingChannel();
            Connection c = connect(ch);
            engine.receive(c.id(), "{\"action\":\"typed\",\"kind\":\"good\"}");
            engine.receive(c.id(), "{\"action\":\"typed\",\"kind\":\"bad\"}");
            assertThat(ch.sent.get(0)).startsWith("{\"status\": \"ok\"");
            assertThat(ch.sent.get(1)).isEqualTo("{\"status\": \"client error\"}");
        }

        @Test
        void disconnectRunsOnceWithTheCloseCodeAndReason() throws Exception {
            Connection c = connect(new RecordingChannel());
            Path file = Path.of(System.getProperty("java.io.tmpdir"),
                    "apigw-ws-disconnect-" + URLEncoder.encode(c.id(), StandardCharsets.UTF_8) + ".json");
            Files.deleteIfExists(file);
            engine.closed(c.id(), 1000, "bye");
            engine.closed(c.id(), 1000, "bye");
            JsonNode e = json(Files.readString(file));
            Files.deleteIfExists(file);
            assertThat(e.at("/requestContext/eventType").asText()).isEqualTo("DISCONNECT");
            assertThat(e.at("/requestContext/routeKey").asText()).isEqualTo("$disconnect");
            assertThat(e.at("/requestContext/disconnectStatusCode").asInt()).isEqualTo(1000);
            assertThat(e.at("/requestContext/disconnectReason").asText()).isEqualTo("bye");
            assertThat(e.at("/headers/Host").asText()).isEqualTo("127.0.0.1:3000");
            assertThat(engine.connections().find(c.id())).isEmpty();
        }
    }

    @Nested
    class HttpIntegrations {
        private dev.apigw.simulator.integration.TestBackend backend;

        @BeforeEach
        void start() throws Exception {
            backend = new dev.apigw.simulator.integration.TestBackend();
        }

        @org.junit.jupiter.api.AfterEach
        void stop() {
            backend.close();
        }

        private WebSocketEngine engine(String connectStatus) {
            return Simulator.create(TestApis.load("websocket-http"), SimulatorOptions.stage("dev")
                    .withStageVariables(Map.of("backend", backend.hostAndPort(), "connectStatus", connectStatus))
                    .withClock(clock)).webSocket().orElseThrow();
        }

        @Test
        void aBackendStatusOnConnectDecidesTheHandshake() {
            assertThat(engine("200").connect(handshake(Map.of()))).isInstanceOf(Handshake.Accepted.class);
            assertThat(((Handshake.Refused) engine("401").connect(handshake(Map.of()))).status()).isEqualTo(401);
        }

        @Test
        void httpProxyPostsTheMessageAsItIsAndSendsTheBackendsBodyBack() throws Exception {
            WebSocketEngine e = engine("200");
            RecordingChannel ch = new RecordingChannel();
            Connection c = connect(e, ch, Map.of());
            e.receive(c.id(), "{\"action\":\"proxy\",\"n\":7}");
            JsonNode backendSaw = json(ch.last());
            assertThat(backendSaw.get("method").asText()).isEqualTo("POST");
            assertThat(backendSaw.get("path").asText()).isEqualTo("/messages");
            assertThat(backendSaw.get("body").asText()).isEqualTo("{\"action\":\"proxy\",\"n\":7}");
        }

        @Test
        void httpMapsTheRequestWithItsTemplateAndTheAnswerWithTheResponseTemplate() throws Exception {
            WebSocketEngine e = engine("200");
            RecordingChannel ch = new RecordingChannel();
            Connection c = connect(e, ch, Map.of());
            e.receive(c.id(), "{\"action\":\"mapped\",\"text\":\"hi\"}");
            JsonNode reply = json(ch.last());
            assertThat(reply.get("status").asText()).isEqualTo("201");
            assertThat(json(reply.get("backendSaw").asText())).isEqualTo(json("{\"wrapped\": \"hi\", "
                    + "\"connection\": \"" + c.id() + "\"}"));
        }
    }

    @Nested
    class ConnectEvent {
        @Test
        void carriesTheHandshakeHeadersAndQueryString() throws Exception {
            Connection c = new Connection("abcdefghijklmno=", "dev", START, "10.0.0.1", "",
                    Map.of("Host", List.of("h"), "X-Multi", List.of("a", "b")), Map.of("room", List.of("1", "2")),
                    Map.of(), new RecordingChannel());
            JsonNode e = json(new String(WebSocketEvent.proxy(RouteRequest.connect(c, "req=", START),
                    simulator.deployment(), "h"), StandardCharsets.UTF_8));
            assertThat(e.get("headers")).isEqualTo(json("{\"Host\":\"h\",\"X-Multi\":\"b\"}"));
            assertThat(e.get("multiValueHeaders")).isEqualTo(json("{\"Host\":[\"h\"],\"X-Multi\":[\"a\",\"b\"]}"));
            assertThat(e.get("queryStringParameters")).isEqualTo(json("{\"room\":\"2\"}"));
            assertThat(e.get("multiValueQueryStringParameters")).isEqualTo(json("{\"room\":[\"1\",\"2\"]}"));
            JsonNode rc = e.get("requestContext");
            List<String> keys = new java.util.ArrayList<>();
            rc.fieldNames().forEachRemaining(keys::add);
            // The order and fields of AWS's published $connect event.
            assertThat(keys).containsExactly("routeKey", "disconnectStatusCode", "messageId", "eventType",
                    "extendedRequestId", "requestTime", "messageDirection", "disconnectReason", "stage",
                    "connectedAt", "requestTimeEpoch", "identity", "requestId", "domainName", "connectionId", "apiId");
            assertThat(rc.get("eventType").asText()).isEqualTo("CONNECT");
            assertThat(rc.get("routeKey").asText()).isEqualTo("$connect");
            assertThat(rc.get("messageId").isNull()).isTrue();
            assertThat(rc.get("disconnectStatusCode").isNull()).isTrue();
            assertThat(rc.get("disconnectReason").isNull()).isTrue();
            assertThat(rc.get("identity")).isEqualTo(json("{\"cognitoIdentityPoolId\": null, \"cognitoIdentityId\": null,"
                    + " \"principalOrgId\": null, \"cognitoAuthenticationType\": null, \"userArn\": null,"
                    + " \"userAgent\": null, \"accountId\": null, \"caller\": null, \"sourceIp\": \"10.0.0.1\","
                    + " \"accessKey\": null, \"cognitoAuthenticationProvider\": null, \"user\": null}"));
            assertThat(e.has("body")).isFalse();
            assertThat(e.get("isBase64Encoded").asBoolean()).isFalse();
        }

        @Test
        void hasNoQueryStringPartsWithoutAQueryString() throws Exception {
            Connection c = new Connection("abcdefghijklmno=", "dev", START, "10.0.0.1", "", Map.of(), Map.of(),
                    Map.of(), new RecordingChannel());
            JsonNode e = json(new String(WebSocketEvent.proxy(RouteRequest.connect(c, "req=", START),
                    simulator.deployment(), "h"), StandardCharsets.UTF_8));
            assertThat(e.has("queryStringParameters")).isFalse();
            assertThat(e.has("multiValueQueryStringParameters")).isFalse();
        }
    }

    @Nested
    class ConnectAuthorizer {
        private WebSocketEngine auth;

        @BeforeEach
        void setUp() {
            auth = simulator("websocket-auth").webSocket().orElseThrow();
        }

        @Test
        void aMissingIdentitySourceIs401WithoutCallingTheFunction() {
            assertThat(auth.connect(handshake(Map.of()))).isEqualTo(new Handshake.Refused(401,
                    "{\"message\":\"Unauthorized\"}"));
        }

        @Test
        void unauthorizedFromTheFunctionIs401AndADenyIs403() {
            assertThat(((Handshake.Refused) auth.connect(handshake(Map.of("token", List.of("nobody"))))).status())
                    .isEqualTo(401);
            assertThat(((Handshake.Refused) auth.connect(handshake(Map.of("token", List.of("deny"))))).status())
                    .isEqualTo(403);
        }

        @Test
        void anAllowPutsTheContextInEveryLaterEvent() throws Exception {
            RecordingChannel ch = new RecordingChannel();
            Connection c = connect(auth, ch, Map.of("token", List.of("allow")));
            auth.receive(c.id(), "{\"action\":\"whoami\"}");
            JsonNode context = json(ch.last());
            assertThat(context.get("user").asText()).isEqualTo("alice");
            assertThat(context.get("principalId").asText()).isEqualTo("alice");
            assertThat(context.get("type").asText()).isEqualTo("REQUEST");
            assertThat(context.get("methodArn").asText()).matches(
                    "arn:aws:execute-api:us-east-1:123456789012:[a-z0-9]{10}/dev/\\$connect");
        }
    }

    @Nested
    class ApiKeyOnConnect {
        @Test
        void anEnabledKeyInTheSelectedHeaderIsNeeded() {
            WebSocketEngine keyed = simulator("websocket-key").webSocket().orElseThrow();
            assertThat(keyed.connect(handshake(Map.of()))).isEqualTo(new Handshake.Refused(403,
                    "{\"message\":\"Forbidden\"}"));
            assertThat(keyed.connect(new Handshake(Map.of("x-api-key", List.of("key-disabled-0123456789")), Map.of(),
                    "1.2.3.4"))).isInstanceOf(Handshake.Refused.class);
            assertThat(keyed.connect(new Handshake(Map.of("X-API-Key", List.of("key-0123456789abcdefghij")), Map.of(),
                    "1.2.3.4"))).isInstanceOf(Handshake.Accepted.class);
        }
    }

    @Nested
    class IamConnect {
        @Test
        void aHandshakeWithoutAValidSigV4SignatureIsRefusedWith403() {
            WebSocketEngine iam = simulator("websocket-iam").webSocket().orElseThrow();
            assertThat(iam.connect(handshake(Map.of()))).isEqualTo(new Handshake.Refused(403,
                    "{\"message\":\"Forbidden\"}"));
            Handshake other = new Handshake(Map.of("Authorization", List.of("AWS4-HMAC-SHA256 Credential=OTHER/"
                    + "20260301/us-east-1/execute-api/aws4_request, SignedHeaders=host, Signature=0")), Map.of(), "1.2.3.4");
            assertThat(iam.connect(other)).isInstanceOf(Handshake.Refused.class);
            Handshake forged = new Handshake(Map.of("Authorization", List.of("AWS4-HMAC-SHA256 Credential=AKIDLOCAL/"
                    + "20260301/us-east-1/execute-api/aws4_request, SignedHeaders=host, Signature=0")), Map.of(), "1.2.3.4");
            assertThat(iam.connect(forged)).isInstanceOf(Handshake.Refused.class);
            software.amazon.awssdk.http.SdkHttpRequest signed = dev.apigw.simulator.auth.iam.IamFixture.sign("GET",
                    "http://127.0.0.1:3000/dev", "", "AKIDLOCAL", "local-secret", clock.instant(), Map.of());
            Handshake valid = new Handshake(signed.headers(), Map.of(), "1.2.3.4");
            assertThat(iam.connect(valid)).isInstanceOf(Handshake.Accepted.class);
        }
    }

    @Nested
    class Limits {
        @Test
        void closesAConnectionIdleForTheIdleTimeout() {
            RecordingChannel ch = new RecordingChannel();
            Connection c = connect(ch);
            clock.advance(Duration.ofSeconds(59));
            engine.sweep();
            assertThat(ch.closeCode).isEqualTo(-1);
            clock.advance(Duration.ofSeconds(1));
            engine.sweep();
            assertThat(ch.closeCode).isEqualTo(1001);
            assertThat(engine.connections().find(c.id())).isEmpty();
        }

        @Test
        void aMessageRestartsTheIdleTimeout() {
            RecordingChannel ch = new RecordingChannel();
            Connection c = connect(ch);
            clock.advance(Duration.ofSeconds(50));
            engine.receive(c.id(), "{\"action\":\"oneway\"}");
            clock.advance(Duration.ofSeconds(50));
            engine.sweep();
            assertThat(ch.closeCode).isEqualTo(-1);
        }

        @Test
        void closesAConnectionOpenForTheMaximumDurationEvenWhenBusy() {
            RecordingChannel ch = new RecordingChannel();
            Connection c = connect(ch);
            for (int i = 0; i < 10; i++) {
                clock.advance(Duration.ofSeconds(30));
                engine.receive(c.id(), "hello");
                engine.sweep();
            }
            assertThat(ch.closeCode).isEqualTo(1001);
            assertThat(engine.connections().find(c.id())).isEmpty();
        }

        @Test
        void aMessageOver128KbClosesWith1009() {
            RecordingChannel ch = new RecordingChannel();
            Connection c = connect(ch);
            engine.receive(c.id(), "x".repeat(128 * 1024));
            assertThat(ch.closeCode).isEqualTo(-1);
            engine.receive(c.id(), "x".repeat(128 * 1024 + 1));
            assertThat(ch.closeCode).isEqualTo(1009);
            assertThat(engine.connections().find(c.id())).isEmpty();
        }

        @Test
        void theDefaultsAreAwsLimits() {
            assertThat(dev.apigw.model.websocket.ConnectionLimits.AWS).isEqualTo(
                    new dev.apigw.model.websocket.ConnectionLimits(Duration.ofMinutes(10), Duration.ofHours(2),
                            131072, 32768));
            assertThat(engine.limits().idleTimeout()).isEqualTo(Duration.ofSeconds(60));
            assertThat(engine.limits().maxDuration()).isEqualTo(Duration.ofSeconds(300));
        }
    }

    @Nested
    class ManagementApi {
        @Test
        void postSendsTheBodyToTheClient() {
            RecordingChannel ch = new RecordingChannel();
            Connection c = connect(ch);
            HttpResponse r = engine.management().handle(HttpRequest.builder("POST", path(c.id()))
                    .body("hello there").build());
            assertThat(r.status()).isEqualTo(200);
            assertThat(ch.sent).containsExactly("hello there");
        }

        @Test
        void getDescribesTheConnection() throws Exception {
            Connection c = connect(new RecordingChannel());
            clock.advance(Duration.ofSeconds(3));
            engine.receive(c.id(), "{\"action\":\"oneway\"}");
            HttpResponse r = engine.management().handle(get(c.id()));
            assertThat(r.status()).isEqualTo(200);
            assertThat(json(r.bodyText())).isEqualTo(json("{\"connectedAt\":\"2026-03-01T10:00:00Z\","
                    + "\"identity\":{\"sourceIp\":\"10.1.2.3\",\"userAgent\":\"test-client/1.0\"},"
                    + "\"lastActiveAt\":\"2026-03-01T10:00:03Z\"}"));
        }

        @Test
        void deleteClosesTheConnectionAndRunsDisconnect() {
            RecordingChannel ch = new RecordingChannel();
            Connection c = connect(ch);
            HttpResponse r = engine.management().handle(HttpRequest.builder("DELETE", path(c.id())).build());
            assertThat(r.status()).isEqualTo(204);
            assertThat(ch.closeCode).isEqualTo(1000);
            assertThat(engine.management().handle(get(c.id())).status()).isEqualTo(410);
        }

        @Test
        void anUnknownConnectionIs410GoneExceptionWithNoBody() {
            for (String method : List.of("POST", "GET", "DELETE")) {
                HttpResponse r = engine.management().handle(HttpRequest.builder(method, path("nosuchid0000000="))
                        .build());
                assertThat(r.status()).isEqualTo(410);
                assertThat(r.header("x-amzn-ErrorType")).contains("GoneException");
                assertThat(r.body()).isEmpty();
            }
        }

        @Test
        void anEncodedAtSignInThePathIsTheSameApi() {
            RecordingChannel ch = new RecordingChannel();
            Connection c = connect(ch);
            HttpResponse r = engine.management().handle(HttpRequest.builder("POST", "/%40connections/"
                    + URLEncoder.encode(c.id(), StandardCharsets.UTF_8)).body("x").build());
            assertThat(r.status()).isEqualTo(200);
            assertThat(ch.sent).containsExactly("x");
        }

        @Test
        void theIdIsPercentDecodedButAPlusStaysAPlus() {
            assertThat(ConnectionsApi.decode("ab%2Bc%2Fd%3D")).isEqualTo("ab+c/d=");
            assertThat(ConnectionsApi.decode("ab+c=")).isEqualTo("ab+c=");
        }

        @Test
        void throughTheStagePipelineLikeTheSdkCallsIt() {
            RecordingChannel ch = new RecordingChannel();
            Connection c = connect(ch);
            HttpResponse r = simulator.invoke(HttpRequest.builder("POST", path(c.id())).body("{\"a\":1}").build());
            assertThat(r.status()).isEqualTo(200);
            assertThat(ch.sent).containsExactly("{\"a\":1}");
        }

        @Test
        void projectCredentialsRequireAValidSigV4Signature() {
            ApiProject base = TestApis.load("websocket");
            dev.apigw.model.project.ProjectConfig cfg = base.config();
            dev.apigw.model.project.ProjectConfig signed = new dev.apigw.model.project.ProjectConfig(cfg.definition(),
                    cfg.type(), cfg.parameters(), cfg.stages(), cfg.apiKeys(), cfg.usagePlans(), cfg.functions(),
                    List.of(new dev.apigw.model.project.IamCredential("AKIDLOCAL", "secret")),
                    cfg.serviceEndpoints(), cfg.account(), cfg.authorizers(), cfg.webSocket());
            Simulator s = Simulator.create(new ApiProject(base.api(), signed, base.definitionFile()),
                    SimulatorOptions.stage("dev").withWorkingDirectory(TestApis.fixture("websocket")));
            WebSocketEngine e = s.webSocket().orElseThrow();
            Connection c = connect(e, new RecordingChannel(), Map.of());
            assertThat(e.management().handle(get(c.id())).status()).isEqualTo(403);
            HttpResponse wrongKey = e.management().handle(HttpRequest.builder("GET", path(c.id()))
                    .header("Authorization", "AWS4-HMAC-SHA256 Credential=OTHER/20260301/us-east-1/execute-api/"
                            + "aws4_request, SignedHeaders=host, Signature=abc").build());
            assertThat(wrongKey.status()).isEqualTo(403);
            HttpResponse badSignature = e.management().handle(dev.apigw.simulator.auth.iam.IamFixture.toSimulator(
                    dev.apigw.simulator.auth.iam.IamFixture.sign("GET", "http://127.0.0.1:3000/dev" + path(c.id()), "",
                            "AKIDLOCAL", "not-the-secret", java.time.Instant.now(), Map.of()), path(c.id()), ""));
            assertThat(badSignature.status()).isEqualTo(403);
            assertThat(badSignature.header("x-amzn-ErrorType")).hasValue("InvalidSignatureException");
            HttpResponse ok = e.management().handle(dev.apigw.simulator.auth.iam.IamFixture.toSimulator(
                    dev.apigw.simulator.auth.iam.IamFixture.sign("GET", "http://127.0.0.1:3000/dev" + path(c.id()), "",
                            "AKIDLOCAL", "secret", java.time.Instant.now(), Map.of()), path(c.id()), ""));
            assertThat(ok.status()).as(ok.bodyText()).isEqualTo(200);
        }
    }

    @Nested
    class HotReload {
        @Test
        void openConnectionsAreServedByTheRebuiltApi() {
            RecordingChannel ch = new RecordingChannel();
            Connection c = connect(ch);
            Simulator rebuilt = simulator.rebuild(TestApis.load("websocket"));
            WebSocketEngine next = rebuilt.webSocket().orElseThrow();
            assertThat(next).isNotSameAs(engine);
            next.receive(c.id(), "hi");
            assertThat(ch.last()).contains(c.id());
        }
    }

    private static String path(String id) {
        return "/@connections/" + URLEncoder.encode(id, StandardCharsets.UTF_8);
    }

    private static HttpRequest get(String id) {
        return HttpRequest.builder("GET", path(id)).build();
    }
}
