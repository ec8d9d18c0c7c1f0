package dev.apigw.simulator.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.simulator.Gateway;
import dev.apigw.simulator.SimulatorOptions;
import dev.apigw.simulator.TestApis;
import dev.apigw.simulator.websocket.BytesBackend;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Binary data through the real server and a real client: a binary frame closes the connection with 1003 (and
 * {@code $disconnect} runs); base64 text reaches an HTTP_PROXY backend with CONVERT_TO_BINARY as bytes, and the
 * backend's bytes come back in a binary frame.
 */
@Timeout(60)
class WebSocketBinaryServerTest {
    private static final byte[] BYTES = {0x00, (byte) 0xFF, 0x10, (byte) 0x80};

    private BytesBackend backend;
    private ApigwServer server;
    private String ws;

    @BeforeEach
    void start() throws Exception {
        backend = new BytesBackend();
        Gateway gateway = new Gateway(TestApis.load("websocket-binary-proxy"), List.of(SimulatorOptions.stage("dev")
                .withWorkingDirectory(TestApis.fixture("websocket-binary-proxy"))
                .withStageVariables(Map.of("backend", backend.hostAndPort()))));
        server = ApigwServer.start(gateway, new ServerSettings("127.0.0.1", 0));
        ws = "ws://127.0.0.1:" + server.port() + "/dev";
    }

    @AfterEach
    void stop() {
        server.close();
        backend.close();
    }

    @Test
    void aBinaryFrameClosesTheConnectionWith1003AndOnlyDisconnectReachesTheBackend() throws Exception {
        try (WsClient client = WsClient.connect(ws)) {
            client.sendBinary(BYTES);
            assertThat(client.awaitClose()).isEqualTo(1003);
        }
        BytesBackend.Received r = backend.next();
        assertThat(r.path()).isEqualTo("/disconnect");
        assertThat(backend.pending()).isEmpty();
    }

    @Test
    void base64TextReachesTheBackendAsBytesAndItsBytesComeBackInABinaryFrame() throws Exception {
        try (WsClient client = WsClient.connect(ws)) {
            client.send("AP8QgA==");
            BytesBackend.Received r = backend.next();
            assertThat(r.path()).isEqualTo("/echo");
            assertThat(r.contentType()).isEqualTo("application/octet-stream");
            assertThat(r.body()).containsExactly(BYTES);
            assertThat(client.nextBinary()).containsExactly(BYTES);
            assertThat(client.received).isEmpty();
        }
    }
}
