package dev.apigw.simulator.cors;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * An HTTP backend on 127.0.0.1 for CORS tests: answers any request with its method in lower case as the body, an
 * {@code X-Secret} header, and CORS headers of its own (which an HTTP API with a CORS configuration must drop).
 */
public final class CorsBackend implements AutoCloseable {
    private final HttpServer server;

    public CorsBackend() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            byte[] body = exchange.getRequestMethod().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/plain");
            exchange.getResponseHeaders().add("X-Secret", "s3");
            exchange.getResponseHeaders().add("Access-Control-Allow-Origin", "https://evil.example.com");
            exchange.getResponseHeaders().add("Access-Control-Allow-Methods", "DELETE");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    /** {@code 127.0.0.1:port}, the value for the {@code backend} stage variable. */
    public String hostAndPort() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
