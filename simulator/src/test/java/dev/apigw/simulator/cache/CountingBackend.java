package dev.apigw.simulator.cache;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A backend on 127.0.0.1 that counts its calls: {@code /counted} answers {@code {"call": N}}, {@code /big} a body
 * one byte over API Gateway's 1 MB cacheable limit.
 */
final class CountingBackend implements AutoCloseable {
    private final HttpServer server;
    private final AtomicInteger calls = new AtomicInteger();

    CountingBackend() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            int call = calls.incrementAndGet();
            byte[] body = exchange.getRequestURI().getPath().startsWith("/big")
                    ? new byte[CacheStoreHandler.MAX_CACHED_BYTES + 1]
                    : ("{\"call\": " + call + "}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    String hostAndPort() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    int calls() {
        return calls.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
