package dev.apigw.simulator.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apigw.openapi.project.LoadedProject;
import dev.apigw.openapi.project.ProjectLoader;
import dev.apigw.openapi.read.ImportOptions;
import dev.apigw.simulator.Gateway;
import dev.apigw.simulator.SimulatorOptions;
import dev.apigw.simulator.TestApis;
import dev.apigw.simulator.lambda.runtime.FunctionLog;
import dev.apigw.simulator.lambda.runtime.RuntimeSettings;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A WebSocket API in CloudFormation resource form, served with its route's function run by a Node.js runtime. */
@Timeout(60)
class WebSocketTemplateServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void routesOfATemplateWebSocketApiRunTheirFunction() throws Exception {
        Path dir = TestApis.fixture("templates/websocket");
        LoadedProject loaded = new ProjectLoader().load(dir, ImportOptions.defaults());
        try (Gateway gateway = new Gateway(loaded.project(), List.of(SimulatorOptions.stage("dev")
                .withWorkingDirectory(dir)), RuntimeSettings.defaults().withLog(FunctionLog.DISCARD));
                ApigwServer server = ApigwServer.start(gateway, new ServerSettings("127.0.0.1", 0));
                WsClient client = WsClient.connect("ws://127.0.0.1:" + server.port() + "/dev")) {
            client.send("{\"action\":\"sendmessage\",\"text\":\"hi\"}");
            JsonNode reply = JSON.readTree(client.next());
            assertThat(reply.get("route").asText()).isEqualTo("sendmessage");
            assertThat(reply.get("stage").asText()).isEqualTo("dev");
            assertThat(reply.at("/got/text").asText()).isEqualTo("hi");
            client.send("{\"action\":\"unknown\"}");
            assertThat(JSON.readTree(client.next()).get("route").asText()).isEqualTo("$default");
        }
    }
}
