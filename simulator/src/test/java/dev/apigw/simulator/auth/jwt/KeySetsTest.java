package dev.apigw.simulator.auth.jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.JWKSet;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Where key sets come from: files relative to the project, or URLs fetched once. */
@Timeout(20)
class KeySetsTest {
    @TempDir
    Path dir;

    @Test
    void readsAFileRelativeToTheProjectDirectory() throws Exception {
        Files.createDirectories(dir.resolve("keys"));
        Files.writeString(dir.resolve("keys/jwks.json"), TokenFixture.publicKeys().toString());
        JWKSet keys = new KeySets(dir, HttpClient.newHttpClient()).get("keys/jwks.json");
        assertThat(keys.getKeyByKeyId("rsa-1")).isNotNull();
        assertThat(keys.getKeyByKeyId("rsa-1").isPrivate()).isFalse();
    }

    @Test
    void fetchesAUrlOnceAndKeepsIt() throws Exception {
        AtomicInteger hits = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] body = TokenFixture.publicKeys().toString().getBytes(StandardCharsets.UTF_8);
        server.createContext("/.well-known/jwks.json", exchange -> {
            hits.incrementAndGet();
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/.well-known/jwks.json";
            KeySets keySets = new KeySets(dir, HttpClient.newHttpClient());
            assertThat(keySets.get(url).getKeyByKeyId("ec-1")).isNotNull();
            assertThat(keySets.get(url).getKeyByKeyId("rsa-1")).isNotNull();
            assertThat(hits.get()).isEqualTo(1);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void missingFileSaysWhichFile() {
        assertThatThrownBy(() -> new KeySets(dir, HttpClient.newHttpClient()).get("nope.json"))
                .isInstanceOf(KeySets.KeySetUnavailableException.class).hasMessageContaining("nope.json");
    }

    @Test
    void notAKeySetIsRefused() throws Exception {
        Files.writeString(dir.resolve("bad.json"), "{\"hello\": 1}");
        assertThatThrownBy(() -> new KeySets(dir, HttpClient.newHttpClient()).get("bad.json"))
                .isInstanceOf(KeySets.KeySetUnavailableException.class).hasMessageContaining("bad.json");
    }
}
