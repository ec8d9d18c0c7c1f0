package dev.apigw.simulator.integration;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A byte-exact backend on 127.0.0.1: {@code /raw?type=T} answers the request body as it came with Content-Type T;
 * {@code /png} answers {@link #PNG} as {@code image/png}; {@code /b64png} answers it base64-encoded as text/plain.
 */
final class BinaryBackend implements AutoCloseable {
    /** A PNG signature and header followed by every byte value, so no byte can be lost in a text round trip. */
    static final byte[] PNG = png();

    private final HttpServer server;
    private final AtomicReference<byte[]> lastBody = new AtomicReference<>();

    BinaryBackend() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    String hostAndPort() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    byte[] lastBody() {
        return lastBody.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        lastBody.set(body);
        String path = exchange.getRequestURI().getPath();
        if (path.equals("/png")) {
            respond(exchange, "image/png", PNG);
        } else if (path.equals("/b64png")) {
            respond(exchange, "text/plain", Base64.getEncoder().encode(PNG));
        } else {
            String query = exchange.getRequestURI().getQuery();
            respond(exchange, query != null && query.startsWith("type=") ? query.substring(5) : "text/plain", body);
        }
    }

    private static void respond(HttpExchange exchange, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(200, body.length == 0 ? -1 : body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private static byte[] png() {
        byte[] header = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        byte[] bytes = new byte[header.length + 256];
        System.arraycopy(header, 0, bytes, 0, header.length);
        for (int i = 0; i < 256; i++) {
            bytes[header.length + i] = (byte) i;
        }
        return bytes;
    }

    @Override
    public void close() {
        server.stop(0);
        ((ExecutorService) server.getExecutor()).shutdownNow();
    }

    static String base64(byte[] bytes) {
        return new String(Base64.getEncoder().encode(bytes), StandardCharsets.US_ASCII);
    }
}
