package dev.apigw.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.apigw.cli.CliRun;
import dev.apigw.openapi.project.ProjectLoader;
import dev.apigw.openapi.read.ImportOptions;
import dev.apigw.simulator.Gateway;
import dev.apigw.simulator.SimulatorOptions;
import dev.apigw.simulator.server.ApigwServer;
import dev.apigw.simulator.server.ServerSettings;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code apigw usage} against the petstore sample served on a free port, after one keyed request. */
@Timeout(30)
class UsageCommandTest {
    private static final String DEV_KEY = "dev-key-0123456789abcdef";
    private static ApigwServer server;
    private static String url;

    @BeforeAll
    static void start() throws Exception {
        Gateway gateway = new Gateway(new ProjectLoader().load(Path.of("..", "samples", "petstore"),
                ImportOptions.defaults()).project(), List.of(SimulatorOptions.stage("dev")));
        server = ApigwServer.start(gateway, new ServerSettings("127.0.0.1", 0));
        url = "http://127.0.0.1:" + server.port();
        HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url
                + "/dev/pets")).timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                .header("x-api-key", DEV_KEY).POST(HttpRequest.BodyPublishers.ofString(
                        "{\"name\": \"Rex\", \"price\": 10}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void printsWhatEachKeyUsedAsJson() throws Exception {
        CliRun run = CliRun.of("usage", "--url", url, "--key", "dev-key", "--output", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode item = JsonMapper.builder().build().readTree(run.out()).at("/items/0");
        assertThat(item.get("usagePlan").asText()).isEqualTo("basic");
        assertThat(item.at("/quota/limit").asLong()).isEqualTo(1000);
        assertThat(item.at("/quota/used").asLong()).isEqualTo(1);
        assertThat(item.at("/quota/remaining").asLong()).isEqualTo(999);
    }

    @Test
    void printsATableForPeople() {
        CliRun run = CliRun.of("usage", "--url", url + "/");
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).startsWith("USAGE PLAN").contains("USED").contains("REMAINING");
        assertThat(lines.get(1)).startsWith("basic").contains("dev-key").contains("  1  ").contains("999")
                .contains("1000/DAY").contains("T00:00:00Z .. ");
    }

    @Test
    void anUnknownKeyIsAnInputError() {
        CliRun run = CliRun.of("usage", "--url", url, "--key", "nope");
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("no usage plan lists an API key named or with id 'nope'");
    }

    @Test
    void aServerThatIsNotRunningIsAnInputError() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        CliRun run = CliRun.of("usage", "--url", "http://127.0.0.1:" + port);
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("cannot reach apigw serve at http://127.0.0.1:" + port);
    }

    @Test
    void aUrlThatIsNotHttpIsAUsageError() {
        CliRun run = CliRun.of("usage", "--url", "ftp://example");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--url must be an http:// address");
    }
}
