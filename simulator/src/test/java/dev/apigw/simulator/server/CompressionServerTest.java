package dev.apigw.simulator.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.simulator.Gateway;
import dev.apigw.simulator.SimulatorOptions;
import dev.apigw.simulator.TestApis;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Compression over real HTTP: only as the API asks, never Javalin's own. */
@Timeout(30)
class CompressionServerTest {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static HttpResponse<byte[]> getGzipAccepted(ApigwServer server, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Accept-Encoding", "gzip").timeout(Duration.ofSeconds(10)).build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static ApigwServer start(String fixture) {
        return ApigwServer.start(new Gateway(TestApis.load(fixture), List.of(SimulatorOptions.stage("dev"))),
                new ServerSettings("127.0.0.1", 0));
    }

    @Test
    void sendsAGzipBodyWithItsOwnLengthWhenTheApiSetsAMinimumCompressionSize() throws Exception {
        try (ApigwServer server = start("compression.yaml")) {
            HttpResponse<byte[]> response = getGzipAccepted(server, "/dev/big");

            assertThat(response.headers().firstValue("Content-Encoding")).contains("gzip");
            assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(response.body().length);
            assertThat(gunzip(response.body())).endsWith("\"item-40\"]}");
        }
    }

    @Test
    void neverCompressesALargeResponseOfAnApiWithoutAMinimumCompressionSize() throws Exception {
        try (ApigwServer server = start("uncompressed.yaml")) {
            HttpResponse<byte[]> response = getGzipAccepted(server, "/dev/big");

            assertThat(response.body().length).isGreaterThan(4000);
            assertThat(response.headers().firstValue("Content-Encoding")).isEmpty();
            assertThat(new String(response.body(), StandardCharsets.UTF_8)).endsWith("\"item-400\"]}");
        }
    }

    private static String gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
