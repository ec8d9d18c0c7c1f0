package dev.apigw.simulator.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apigw.simulator.Simulator;
import dev.apigw.simulator.SimulatorOptions;
import dev.apigw.simulator.TestApis;
import dev.apigw.simulator.http.HttpRequest;
import dev.apigw.simulator.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Binary payloads on WebSocket APIs, as AWS documents them: a binary frame from a client closes the connection with
 * 1003; binary data travels as base64 text, which {@code contentHandlingStrategy} converts for the integration
 * (CONVERT_TO_BINARY) and back (an integration response's CONVERT_TO_TEXT / CONVERT_TO_BINARY).
 */
class WebSocketBinaryTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] BYTES = {0x00, (byte) 0xFF, 0x10, (byte) 0x80};
    private static final String BASE64 = "AP8QgA==";

    private BytesBackend backend;
    private WebSocketEngine engine;

    @BeforeEach
    void setUp() throws Exception {
        backend = new BytesBackend();
        engine = engine("websocket-binary");
    }

    @AfterEach
    void tearDown() {
        backend.close();
    }

    private WebSocketEngine engine(String fixture) {
        return Simulator.create(TestApis.load(fixture), SimulatorOptions.stage("dev")
                .withWorkingDirectory(TestApis.fixture(fixture))
                .withStageVariables(Map.of("backend", backend.hostAndPort()))
                .withClock(new TestClock(Instant.parse("2026-03-01T10:00:00Z")))).webSocket().orElseThrow();
    }

    private static Connection connect(WebSocketEngine e, RecordingChannel channel) {
        Handshake.Result result = e.connect(new Handshake(Map.of("Host", List.of("127.0.0.1:3000")), Map.of(),
                "10.1.2.3"));
        return e.open(((Handshake.Accepted) result).connection(), channel);
    }

    @Nested
    class BinaryFrames {
        @Test
        void aBinaryFrameClosesTheConnectionWith1003AndRunsDisconnect() throws Exception {
            RecordingChannel ch = new RecordingChannel();
            Connection c = connect(engine, ch);
            Path file = Path.of(System.getProperty("java.io.tmpdir"),
                    "apigw-ws-disconnect-" + URLEncoder.encode(c.id(), StandardCharsets.UTF_8) + ".json");
            Files.deleteIfExists(file);
            engine.receiveBinary(c.id(), BYTES);
            assertThat(ch.closeCode).isEqualTo(1003);
            assertThat(ch.sent).isEmpty();
            assertThat(ch.sentBinary).isEmpty();
            assertThat(engine.connections().find(c.id())).isEmpty();
            JsonNode e = JSON.readTree(Files.readString(file));
            Files.deleteIfExists(file);
            assertThat(e.at("/requestContext/eventType").asText()).isEqualTo("DISCONNECT");
            assertThat(e.at("/requestContext/disconnectStatusCode").asInt()).isEqualTo(1003);
        }

        @Test
        void noRouteSeesABinaryFrameEvenOneThatIsJsonText() {
            Connection c = connect(engine, new RecordingChannel());
            engine.receiveBinary(c.id(), "{\"action\":\"texts\"}".getBytes(StandardCharsets.UTF_8));
            assertThat(backend.pending()).isEmpty();
        }

        @Test
        void aBinaryFrameForAnUnknownConnectionIsIgnored() {
            engine.receiveBinary("nobody", BYTES);
            assertThat(backend.pending()).isEmpty();
        }
    }

    @Nested
    class LambdaProxy {
        @Test
        void base64TextSelectsTheDefaultRouteWhichGetsItWithIsBase64Encoded() throws Exception {
            RecordingChannel ch = new RecordingChannel();
            Connection c = connect(engine, ch);
            engine.receive(c.id(), BASE64);
            JsonNode event = JSON.readTree(ch.last());
            assertThat(event.at("/requestContext/routeKey").asText()).isEqualTo("$default");
            assertThat(event.get("body").asText()).isEqualTo(BASE64);
            assertThat(event.get("isBase64Encoded").asBoolean()).isTrue();
        }

        @Test
        void lineBreaksInTheBase64TextAreDropped() throws Exception {
            RecordingChannel ch = new RecordingChannel();
            Connection c = connect(engine, ch);
            engine.receive(c.id(), "AP8Q\r\ngA==");
            assertThat(JSON.readTree(ch.last()).get("body").asText()).isEqualTo(BASE64);
        }

        @Test
        void textThatIsNotBase64FailsWithTheInternalServerErrorFrame() {
            RecordingChannel ch = new RecordingChannel();
            Connection c = connect(engine, ch);
            engine.receive(c.id(), "not base64 at all!");
            assertThat(ch.last()).startsWith("{\"message\": \"Internal server error\", \"connectionId\":\""
                    + c.id() + "\"");
        }
    }

    @Nested
    class HttpIntegrations {
        @Test
        void convertToBinaryPostsTheBytesTheTemplatedBase64Encodes() throws Exception {
            Connection c = connect(engine, new RecordingChannel());
            engine.receive(c.id(), "{\"action\":\"upload\",\"data\":\"" + BASE64 + "\"}");
            BytesBackend.Received r = backend.next();
            assertThat(r.path()).isEqualTo("/upload");
            assertThat(r.body()).containsExactly(BYTES);
            assertThat(r.contentType()).isEqualTo("application/octet-stream");
        }

        @Test
        void convertToTextOnTheResponseGivesTheTemplateTheBase64OfTheBackendsBytes() throws Exception {
            RecordingChannel ch = new RecordingChannel();
            Connection c = connect(engine, ch);
            engine.receive(c.id(), "{\"action\":\"upload\",\"data\":\"" + BASE64 + "\"}");
            assertThat(ch.sent).containsExactly("{\"echoed\": \"" + BASE64 + "\"}");
            assertThat(ch.sentBinary).isEmpty();
        }

        @Test
        void bytesThatAreNotTextComeBackUntemplatedInABinaryFrame() throws Exception {
            RecordingChannel ch = new RecordingChannel();
            Connection c = connect(engine, ch);
            engine.receive(c.id(), "{\"action\":\"raw\",\"data\":\"" + BASE64 + "\"}");
            assertThat(ch.sent).isEmpty();
            assertThat(ch.sentBinary).singleElement().satisfies(b -> assertThat(b).containsExactly(BYTES));
        }

        @Test
        void convertToTextOnATextMessageChangesNothing() throws Exception {
            RecordingChannel ch = new RecordingChannel();
            Connection c = connect(engine, ch);
            String message = "{\"action\":\"texts\",\"text\":\"h\u00e9\"}";
            engine.receive(c.id(), message);
            assertThat(backend.next().body()).containsExactly(message.getBytes(StandardCharsets.UTF_8));
            assertThat(ch.sent).containsExactly(message);
        }

        @Test
        void aTemplateThatDoesNotRenderBase64FailsBeforeTheBackendIsCalled() {
            RecordingChannel ch = new RecordingChannel();
            Connection c = connect(engine, ch);
            engine.receive(c.id(), "{\"action\":\"upload\",\"data\":\"%%%\"}");
            assertThat(ch.last()).startsWith("{\"message\": \"Internal server error\"");
            assertThat(backend.pending()).isEmpty();
        }

        @Test
        void httpProxyWithConvertToBinaryPostsTheMessagesBytes() throws Exception {
            WebSocketEngine proxy = engine("websocket-binary-proxy");
            RecordingChannel ch = new RecordingChannel();
            Connection c = connect(proxy, ch);
            proxy.receive(c.id(), BASE64);
            BytesBackend.Received r = backend.next();
            assertThat(r.path()).isEqualTo("/echo");
            assertThat(r.body()).containsExactly(BYTES);
            assertThat(ch.sentBinary).singleElement().satisfies(b -> assertThat(b).containsExactly(BYTES));
        }
    }

    @Nested
    class MockIntegrations {
        @Test
        void convertToBinaryOnTheResponseSendsTheDecodedTemplateInABinaryFrame() {
            RecordingChannel ch = new RecordingChannel();
            Connection c = connect(engine, ch);
            engine.receive(c.id(), "{\"action\":\"download\"}");
            assertThat(ch.sent).isEmpty();
            assertThat(ch.sentBinary).singleElement().satisfies(b -> assertThat(b).containsExactly(BYTES));
        }
    }

    @Nested
    class ManagementApi {
        private HttpResponse post(Connection c, byte[] body) {
            return engine.management().handle(new HttpRequest("POST", "/@connections/"
                    + URLEncoder.encode(c.id(), StandardCharsets.UTF_8), Map.of(), Map.of(), body, "127.0.0.1"));
        }

        @Test
        void aPostOfUtf8TextIsATextFrame() {
            RecordingChannel ch = new RecordingChannel();
            Connection c = connect(engine, ch);
            assertThat(post(c, "h\u00e9llo".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(200);
            assertThat(ch.sent).containsExactly("h\u00e9llo");
            assertThat(ch.sentBinary).isEmpty();
        }

        @Test
        void aPostOfBytesThatAreNotUtf8IsABinaryFrameWithTheSameBytes() {
            RecordingChannel ch = new RecordingChannel();
            Connection c = connect(engine, ch);
            assertThat(post(c, BYTES).status()).isEqualTo(200);
            assertThat(ch.sent).isEmpty();
            assertThat(ch.sentBinary).singleElement().satisfies(b -> assertThat(b).containsExactly(BYTES));
        }
    }
}
