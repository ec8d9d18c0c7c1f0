package dev.apigw.simulator.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.simulator.Gateway;
import dev.apigw.simulator.SimulatorOptions;
import dev.apigw.simulator.TestApis;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * API Gateway does not speak cleartext HTTP/2: a request asking to upgrade ({@code Upgrade: h2c} or
 * {@code Upgrade: HTTP/2.0}) is answered by the API over HTTP/1.1, the upgrade ignored, never refused.
 */
@Timeout(30)
class UpgradeHeaderServerTest {
    private static ApigwServer server;

    @BeforeAll
    static void start() {
        server = ApigwServer.start(new Gateway(TestApis.load("mock.yaml"), List.of(SimulatorOptions.stage("dev"))),
                new ServerSettings("127.0.0.1", 0));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Upgrade: h2c\r\nConnection: Upgrade, HTTP2-Settings\r\nHTTP2-Settings: AAMAAABkAARAAAAAAAIAAAAA\r\n",
            "Upgrade: h2c\r\nConnection: Upgrade\r\n",
            "Upgrade: h2c\r\n",
            "Upgrade: HTTP/2.0\r\nConnection: Upgrade\r\n",
            "Upgrade: HTTP/2.0\r\n"})
    void answersTheApiOverHttp11AndIgnoresTheUpgrade(String upgrade) throws IOException {
        String response = exchange("GET /dev/status/200 HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n"
                + upgrade + "Connection: close\r\n\r\n");
        assertThat(response).startsWith("HTTP/1.1 200 ");
        assertThat(response).contains("{\"format\": \"json\"}");
        assertThat(response.toLowerCase()).doesNotContain("upgrade: h2c");
    }

    private static String exchange(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            byte[] buf = new byte[4096];
            for (int n; (n = in.read(buf)) > 0; ) {
                all.write(buf, 0, n);
                if (all.toString(StandardCharsets.ISO_8859_1).contains("}")) {
                    break;
                }
            }
            return all.toString(StandardCharsets.ISO_8859_1);
        }
    }
}
