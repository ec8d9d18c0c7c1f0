package dev.apigw.simulator.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apigw.openapi.project.ProjectLoader;
import dev.apigw.openapi.read.ImportOptions;
import dev.apigw.simulator.Gateway;
import dev.apigw.simulator.SimulatorOptions;
import dev.apigw.simulator.TestApis;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** WebSocket APIs on the real server (port 0) with real java.net.http WebSocket clients. */
@Timeout(60)
class WebSocketServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static ApigwServer server;
    private static String ws;
    private static String http;

    @BeforeAll
    static void start() {
        Gateway gateway = new Gateway(TestApis.load("websocket"), List.of(SimulatorOptions.stage("dev")
                .withWorkingDirectory(TestApis.fixture("websocket"))));
        server = ApigwServer.start(gateway, new ServerSettings("127.0.0.1", 0));
        ws = "ws://127.0.0.1:" + server.port() + "/dev";
        http = "http://127.0.0.1:" + server.port() + "/dev";
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String connectionId(WsClient client) throws Exception {
        client.send("who am I");
        return JSON.readTree(client.next()).get("connectionId").asText();
    }

    private static HttpResponse<String> call(String method, String id, String body) throws Exception {
        // The path the AWS SDK's ApiGatewayManagementApi sends with endpoint override http://host:port/dev.
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(http + "/@connections/"
                + URLEncoder.encode(id, StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(10));
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Nested
    class Messages {
        @Test
        void aMessageIsAnsweredByTheTwoWayDefaultRoute() throws Exception {
            try (WsClient client = WsClient.connect(ws)) {
                client.send("hello");
                JsonNode reply = JSON.readTree(client.next());
                assertThat(reply.get("route").asText()).isEqualTo("$default");
                assertThat(reply.get("stage").asText()).isEqualTo("dev");
            }
        }

        @Test
        void aLambdaRouteGetsTheEventWithTheHandshakeHostAsDomainName() throws Exception {
            try (WsClient client = WsClient.connect(ws)) {
                client.send("{\"action\":\"echo\"}");
                JsonNode event = JSON.readTree(client.next());
                assertThat(event.at("/requestContext/domainName").asText()).isEqualTo("127.0.0.1:" + server.port());
                assertThat(event.at("/requestContext/identity/sourceIp").asText()).isEqualTo("127.0.0.1");
            }
        }

        @Test
        void aFrameOver32KbClosesTheConnectionWith1009() throws Exception {
            // java.net.http splits big messages into small frames, so this one frame is written by hand.
            try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
                socket.setSoTimeout(10_000);
                java.io.OutputStream out = socket.getOutputStream();
                out.write(("GET /dev HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                        + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                java.io.InputStream in = socket.getInputStream();
                String head = readHead(in);
                assertThat(head).startsWith("HTTP/1.1 101");
                int length = 33 * 1024;
                java.io.ByteArrayOutputStream frame = new java.io.ByteArrayOutputStream();
                frame.write(0x81); // FIN, text
                frame.write(0x80 | 126); // masked, 16-bit length
                frame.write(length >> 8);
                frame.write(length & 0xff);
                frame.write(new byte[4]); // a zero mask leaves the payload as is
                frame.write("x".repeat(length).getBytes(StandardCharsets.US_ASCII));
                out.write(frame.toByteArray());
                out.flush();
                assertThat(in.read()).isEqualTo(0x88); // close frame
                int payload = in.read() & 0x7f;
                assertThat(payload).isGreaterThanOrEqualTo(2);
                assertThat((in.read() << 8) | in.read()).isEqualTo(1009);
            }
        }

        @Test
        void aMessageOver128KbInSmallFramesClosesTheConnectionWith1009() throws Exception {
            try (WsClient client = WsClient.connect(ws)) {
                String part = "x".repeat(16 * 1024);
                for (int i = 0; i < 8; i++) {
                    client.socket.sendText(part, false).get(10, java.util.concurrent.TimeUnit.SECONDS);
                }
                client.socket.sendText("y", true);
                assertThat(client.awaitClose()).isEqualTo(1009);
            }
        }

        @Test
        void aMessageUnder128KbInSmallFramesIsServed() throws Exception {
            try (WsClient client = WsClient.connect(ws)) {
                client.send("x".repeat(100 * 1024));
                assertThat(client.next()).contains("$default");
            }
        }
    }

    private static String readHead(java.io.InputStream in) throws java.io.IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.append((char) b);
        }
        return head.toString();
    }

    @Nested
    class Handshake {
        @Test
        void aNon2xxConnectAnswerRefusesTheUpgradeWithThatStatus() {
            assertThatThrownBy(() -> WsClient.connect(ws + "?deny=403")).isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOfSatisfying(WebSocketHandshakeException.class,
                            e -> assertThat(e.getResponse().statusCode()).isEqualTo(403));
            assertThatThrownBy(() -> WsClient.connect(ws + "?deny=500")).cause()
                    .isInstanceOfSatisfying(WebSocketHandshakeException.class,
                            e -> assertThat(e.getResponse().statusCode()).isEqualTo(500));
        }

        @Test
        void closingTheClientRunsDisconnect() throws Exception {
            WsClient client = WsClient.connect(ws);
            String id = connectionId(client);
            Path file = Path.of(System.getProperty("java.io.tmpdir"),
                    "apigw-ws-disconnect-" + URLEncoder.encode(id, StandardCharsets.UTF_8) + ".json");
            Files.deleteIfExists(file);
            client.close();
            client.awaitClose();
            for (int i = 0; i < 200 && !Files.exists(file); i++) {
                Thread.sleep(50); // $disconnect runs after the close handshake, in a node process
            }
            JsonNode event = JSON.readTree(Files.readString(file));
            Files.deleteIfExists(file);
            assertThat(event.at("/requestContext/eventType").asText()).isEqualTo("DISCONNECT");
            assertThat(event.at("/requestContext/disconnectStatusCode").asInt()).isEqualTo(1000);
            assertThat(call("GET", id, null).statusCode()).isEqualTo(410);
        }
    }

    @Nested
    class ManagementApi {
        @Test
        void postReachesTheClient() throws Exception {
            try (WsClient client = WsClient.connect(ws)) {
                String id = connectionId(client);
                HttpResponse<String> r = call("POST", id, "{\"pushed\":true}");
                assertThat(r.statusCode()).isEqualTo(200);
                assertThat(client.next()).isEqualTo("{\"pushed\":true}");
            }
        }

        @Test
        void getDescribesTheConnection() throws Exception {
            try (WsClient client = WsClient.connect(ws)) {
                String id = connectionId(client);
                HttpResponse<String> r = call("GET", id, null);
                assertThat(r.statusCode()).isEqualTo(200);
                JsonNode info = JSON.readTree(r.body());
                assertThat(info.get("connectedAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
                assertThat(info.get("lastActiveAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
                assertThat(info.at("/identity/sourceIp").asText()).isEqualTo("127.0.0.1");
                assertThat(info.at("/identity/userAgent").isTextual()).isTrue();
            }
        }

        @Test
        void deleteDisconnectsTheClient() throws Exception {
            try (WsClient client = WsClient.connect(ws)) {
                String id = connectionId(client);
                assertThat(call("DELETE", id, null).statusCode()).isEqualTo(204);
                assertThat(client.awaitClose()).isEqualTo(1000);
                assertThat(call("POST", id, "late").statusCode()).isEqualTo(410);
            }
        }

        @Test
        void anUnknownConnectionIsGone() throws Exception {
            HttpResponse<String> r = call("POST", "AAAAAAAAAAAAAAA=", "x");
            assertThat(r.statusCode()).isEqualTo(410);
            assertThat(r.headers().firstValue("x-amzn-ErrorType")).contains("GoneException");
            assertThat(r.body()).isEmpty();
        }
    }

    @Nested
    class AwsSdkManagementClient {
        @Test
        void aBackendUsingTheSdkWithAnEndpointOverrideWorksUnchanged() throws Exception {
            try (WsClient client = WsClient.connect(ws);
                    software.amazon.awssdk.services.apigatewaymanagementapi.ApiGatewayManagementApiClient sdk =
                            software.amazon.awssdk.services.apigatewaymanagementapi.ApiGatewayManagementApiClient
                                    .builder().endpointOverride(URI.create(http))
                                    .region(software.amazon.awssdk.regions.Region.US_EAST_1)
                                    .credentialsProvider(software.amazon.awssdk.auth.credentials
                                            .StaticCredentialsProvider.create(software.amazon.awssdk.auth.credentials
                                                    .AwsBasicCredentials.create("AKIDLOCAL", "local-secret")))
                                    .httpClient(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient
                                            .create())
                                    .build()) {
                String id = connectionId(client);
                sdk.postToConnection(r -> r.connectionId(id).data(software.amazon.awssdk.core.SdkBytes
                        .fromUtf8String("from the sdk")));
                assertThat(client.next()).isEqualTo("from the sdk");
                var info = sdk.getConnection(r -> r.connectionId(id));
                assertThat(info.identity().sourceIp()).isEqualTo("127.0.0.1");
                assertThat(info.connectedAt()).isNotNull();
                assertThat(info.lastActiveAt()).isAfterOrEqualTo(info.connectedAt());
                sdk.deleteConnection(r -> r.connectionId(id));
                assertThat(client.awaitClose()).isEqualTo(1000);
                assertThatThrownBy(() -> sdk.postToConnection(r -> r.connectionId(id)
                        .data(software.amazon.awssdk.core.SdkBytes.fromUtf8String("late"))))
                        .isInstanceOf(software.amazon.awssdk.services.apigatewaymanagementapi.model.GoneException.class);
            }
        }
    }

    @Nested
    class ChatSample {
        @Test
        void aMessageFromOneClientIsBroadcastToAllThree() throws Exception {
            Path project = Path.of("..", "samples", "chat").toAbsolutePath().normalize();
            var loaded = new ProjectLoader().load(project, ImportOptions.defaults());
            Gateway gateway = new Gateway(loaded.project(), List.of(SimulatorOptions.stage("dev")
                    .withWorkingDirectory(project)));
            try (ApigwServer chat = ApigwServer.start(gateway, new ServerSettings("127.0.0.1", 0))) {
                String url = "ws://127.0.0.1:" + chat.port() + "/dev";
                List<WsClient> clients = new ArrayList<>();
                try {
                    for (int i = 0; i < 3; i++) {
                        clients.add(WsClient.connect(url));
                    }
                    clients.get(0).send("{\"action\":\"sendmessage\",\"data\":\"hello everyone\"}");
                    for (WsClient c : clients) {
                        assertThat(c.next()).isEqualTo("hello everyone");
                    }
                    clients.get(1).send("{\"action\":\"dance\"}");
                    assertThat(clients.get(1).next()).contains("unknown action");
                } finally {
                    clients.forEach(WsClient::close);
                }
            }
        }
    }
}
