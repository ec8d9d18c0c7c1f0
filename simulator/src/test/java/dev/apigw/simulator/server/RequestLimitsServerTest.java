package dev.apigw.simulator.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.simulator.Gateway;
import dev.apigw.simulator.SimulatorOptions;
import dev.apigw.simulator.TestApis;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** AWS's request limits ("Amazon API Gateway quotas") on the real server, over raw sockets. */
@Timeout(30)
class RequestLimitsServerTest {
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

    /** The status line of the answer to one raw request. */
    private static String statusLine(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c >= 0 && c != '\r' && line.length() < 200; c = in.read()) {
                line.append((char) c);
            }
            return line.toString();
        }
    }

    @Test
    void headersWithinAwsTenKilobyteLimitAreServed() throws IOException {
        String header = "X-Big: " + "a".repeat(10_000) + "\r\n";
        assertThat(statusLine("GET /dev/status/200 HTTP/1.1\r\nHost: x\r\n" + header + "Connection: close\r\n\r\n"))
                .isEqualTo("HTTP/1.1 200 OK");
    }

    @Test
    void headersFarOverTheLimitAreRefusedAndTheServerKeepsServing() throws IOException {
        String header = "X-Big: " + "a".repeat(40_000) + "\r\n";
        String status;
        try {
            status = statusLine("GET /dev/status/200 HTTP/1.1\r\nHost: x\r\n" + header + "\r\n");
        } catch (IOException e) {
            status = "HTTP/1.1 4xx (connection closed)";
        }
        assertThat(status).startsWith("HTTP/1.1 4");
        assertThat(statusLine("GET /dev/status/200 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"))
                .isEqualTo("HTTP/1.1 200 OK");
    }

    @Test
    void aPathWithBadUtf8ReachesTheGatewayInsteadOfJettysErrorPage() throws IOException {
        assertThat(statusLine("GET /dev/nowhere/%ff HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"))
                .isEqualTo("HTTP/1.1 403 Forbidden");
        assertThat(statusLine("GET /dev/status/%ff HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"))
                .isNotEqualTo("HTTP/1.1 400 Bad Request");
    }
}
