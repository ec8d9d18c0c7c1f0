package dev.apigw.simulator.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apigw.simulator.Gateway;
import dev.apigw.simulator.SimulatorOptions;
import dev.apigw.simulator.TestApis;
import dev.apigw.simulator.log.AccessLog;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The real server (port 0) writes a WebSocket stage's access log to the server's log, as `apigw serve` does. */
@Timeout(60)
class WebSocketAccessLogServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void connectTwoMessagesAndDisconnectAreFourLinesOfTheServersAccessLog() throws Exception {
        Gateway gateway = new Gateway(TestApis.load("websocket-log"), List.of(SimulatorOptions.stage("json")
                .withWorkingDirectory(TestApis.fixture("websocket-log"))));
        StringWriter out = new StringWriter();
        String connectionId;
        try (AccessLog accessLog = AccessLog.to(out)) {
            try (ApigwServer server = ApigwServer.start(gateway, new ServerSettings("127.0.0.1", 0), accessLog)) {
                WsClient client = WsClient.connect("ws://127.0.0.1:" + server.port() + "/json");
                client.send("{\"action\":\"hello\"}");
                connectionId = JSON.readTree(client.next()).get("hello").asText();
                client.send("{\"action\":\"hello\"}");
                client.next();
                client.close();
                assertThat(client.awaitClose()).isEqualTo(1000);
            } // stopping the server finishes $disconnect; closing the log then writes every queued line
        }
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString().lines().toList()) {
            lines.add(JSON.readTree(line));
        }
        assertThat(lines).hasSize(4);
        assertThat(lines).extracting(l -> l.get("eventType").asText())
                .containsExactly("CONNECT", "MESSAGE", "MESSAGE", "DISCONNECT");
        assertThat(lines).extracting(l -> l.get("routeKey").asText())
                .containsExactly("$connect", "hello", "hello", "$disconnect");
        assertThat(lines).extracting(l -> l.get("status").asText()).containsOnly("200");
        assertThat(lines).extracting(l -> l.get("connectionId").asText()).containsOnly(connectionId);
        assertThat(lines).extracting(l -> l.get("ip").asText()).containsOnly("127.0.0.1");
        assertThat(lines.get(1).get("messageId").asText()).matches("[A-Za-z0-9]{15}=")
                .isNotEqualTo(lines.get(2).get("messageId").asText());
    }
}
