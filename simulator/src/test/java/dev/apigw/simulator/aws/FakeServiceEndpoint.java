package dev.apigw.simulator.aws;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * A stand-in for an AWS service endpoint on 127.0.0.1 (what LocalStack or DynamoDB Local would be): it records the
 * last request, checks its SigV4 signature the way the service would, and answers 400 ResourceNotFoundException for
 * a table named {@code missing}, else 200 {@code {}}.
 */
final class FakeServiceEndpoint implements AutoCloseable {
    /** What the endpoint received, and whether the signature verified against the secret. */
    record Received(String method, String rawPath, String rawQuery, Map<String, List<String>> headers, byte[] body,
            boolean signatureValid) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final HttpServer server;
    private final Function<String, String> secrets;
    private final AtomicReference<Received> last = new AtomicReference<>();

    FakeServiceEndpoint(String secret) throws IOException {
        this(accessKey -> secret);
    }

    /** An endpoint that knows several keys (project keys, temporary ones): the secret for each access key id. */
    FakeServiceEndpoint(Function<String, String> secretsByAccessKey) throws IOException {
        this.secrets = secretsByAccessKey;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    Received last() {
        return last.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        Map<String, List<String>> headers = new LinkedHashMap<>(exchange.getRequestHeaders());
        Received received = new Received(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                exchange.getRequestURI().getRawQuery(), headers, body, false);
        received = new Received(received.method(), received.rawPath(), received.rawQuery(), headers, body,
                verifies(received));
        last.set(received);
        boolean missing = received.bodyText().contains("\"missing\"");
        byte[] answer = (missing
                ? "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ResourceNotFoundException\","
                        + "\"message\":\"Requested resource not found\"}"
                : "{}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.0");
        exchange.getResponseHeaders().add("x-amzn-RequestId", "fake-request-1");
        exchange.sendResponseHeaders(missing ? 400 : 200, answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
    }

    /** Recomputes the signature from what arrived on the wire, as AWS does, with an independent implementation. */
    private boolean verifies(Received r) {
        String authorization = r.header("Authorization");
        String amzDate = r.header("X-Amz-Date");
        if (authorization == null || amzDate == null) {
            return false;
        }
        String accessKey = authorization.replaceAll(".*Credential=([^/]+)/.*", "$1");
        String secret = secrets.apply(accessKey);
        if (secret == null) {
            return false;
        }
        String scope = authorization.replaceAll(".*Credential=[^/]+/([^,]+),.*", "$1");
        String[] parts = scope.split("/");
        List<String> signed = Arrays.asList(authorization.replaceAll(".*SignedHeaders=([^,]+),.*", "$1").split(";"));
        String expected = SigV4Reference.signature(r.method(), r.rawPath(), r.rawQuery(), r.headers(), signed,
                r.body(), secret, amzDate, parts[1], parts[2]);
        return authorization.endsWith("Signature=" + expected);
    }

    @Override
    public void close() {
        server.stop(0);
        ((ExecutorService) server.getExecutor()).shutdownNow();
    }
}
