package dev.apigw.simulator.auth.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.simulator.Gateway;
import dev.apigw.simulator.SimulatorOptions;
import dev.apigw.simulator.TestApis;
import dev.apigw.simulator.server.ApigwServer;
import dev.apigw.simulator.server.ServerSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A Lambda authorizer behind the real server on a free port of 127.0.0.1. */
@Timeout(60)
class AuthorizerServerTest {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static ApigwServer server;

    @BeforeAll
    static void start() {
        SimulatorOptions dev = SimulatorOptions.stage("dev").withStageVariables(java.util.Map.of("realm", "staff"))
                .withWorkingDirectory(TestApis.fixture("authorizers/apigw.yaml").getParent());
        server = ApigwServer.start(new Gateway(TestApis.load("authorizers/apigw.yaml"), List.of(dev)),
                new ServerSettings("127.0.0.1", 0));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(20));
        if (token != null) {
            b.header("Authorization", token);
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void allowedTokenReachesTheIntegrationWithThePrincipal() throws Exception {
        HttpResponse<String> response = get("/dev/mock", "allow");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"principal\": \"user-allow\"");
    }

    @Test
    void missingTokenIs401WithTheErrorType() throws Exception {
        HttpResponse<String> response = get("/dev/mock", null);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).isEqualTo("{\"message\":\"Unauthorized\"}");
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("UnauthorizedException");
    }

    @Test
    void explicitDenyIs403() throws Exception {
        HttpResponse<String> response = get("/dev/mock", "deny");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("AccessDeniedException");
    }
}
