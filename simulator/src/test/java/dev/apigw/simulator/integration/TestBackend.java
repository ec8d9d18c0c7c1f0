package dev.apigw.simulator.integration;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * A real HTTP backend on 127.0.0.1 for integration tests: {@code /echo/...} describes the request it got,
 * {@code /status/N} answers status N, {@code /slow} answers after two seconds.
 */
public final class TestBackend implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpServer server;

    public TestBackend() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    /** {@code 127.0.0.1:port}, the value for the {@code backend} stage variable. */
    public String hostAndPort() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        byte[] requestBody = exchange.getRequestBody().readAllBytes();
        exchange.getResponseHeaders().add("X-Backend", "yes");
        exchange.getResponseHeaders().add("Server", "test-backend");
        exchange.getResponseHeaders().add("Via", "1.1 somewhere");
        exchange.getResponseHeaders().add("x-amzn-RequestId", "backend-request-id");
        if (path.startsWith("/slow")) {
            sleep();
            respond(exchange, 200, "{\"slow\": true}");
        } else if (path.startsWith("/status/")) {
            String code = path.substring("/status/".length());
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", code);
            body.put("query", exchange.getRequestURI().getRawQuery());
            body.put("stageHeader", exchange.getRequestHeaders().getFirst("X-Stage"));
            body.put("fromQuery", exchange.getRequestHeaders().getFirst("X-From-Query"));
            body.put("clientHeader", exchange.getRequestHeaders().getFirst("X-Client"));
            body.put("userAgent", exchange.getRequestHeaders().getFirst("User-Agent"));
            body.put("received", new String(requestBody, StandardCharsets.UTF_8));
            respond(exchange, Integer.parseInt(code), JSON.writeValueAsString(body));
        } else {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("method", exchange.getRequestMethod());
            body.put("path", path);
            body.put("query", exchange.getRequestURI().getRawQuery());
            body.put("headers", exchange.getRequestHeaders());
            body.put("body", new String(requestBody, StandardCharsets.UTF_8));
            respond(exchange, path.contains("teapot") ? 418 : 200, JSON.writeValueAsString(body));
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
