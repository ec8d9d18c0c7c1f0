package dev.apigw.simulator.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.simulator.Gateway;
import dev.apigw.simulator.SimulatorOptions;
import dev.apigw.simulator.TestApis;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Paths with empty segments and trailing slashes reach the gateway as the client sent them (no redirect, no
 * normalisation by the HTTP server) and are routed as execute-api routes them (conformance/routing-slashes.yaml).
 */
@Timeout(30)
class PathSlashesServerTest {
    private static ApigwServer server;

    @BeforeAll
    static void start() {
        server = ApigwServer.start(new Gateway(TestApis.load("routing-slashes.yaml"),
                List.of(SimulatorOptions.stage("dev"))), new ServerSettings("127.0.0.1", 0));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "//dev/files/x         | \"proxy\": \"x\"",
            "/dev//files/x         | \"proxy\": \"x\"",
            "/dev/files/a//b       | \"proxy\": \"a//b\"",
            "/dev/files/test-path/ | \"path\": \"/dev/files/test-path/\", \"resource\": \"/files/{proxy+}\", \"proxy\": \"test-path\"",
            "/dev/users/           | \"resource\": \"/users\""})
    void routesAsExecuteApiDoes(String path, String expected) throws IOException {
        String response = exchange("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(response).startsWith("HTTP/1.1 200 ");
        assertThat(response).contains(expected);
    }

    private static String exchange(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            return all.toString(StandardCharsets.UTF_8);
        }
    }
}
