package dev.apigw.simulator.lambda.runtime;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The Lambda Runtime API of one function instance, on loopback, as AWS documents it: {@code GET
 * /2018-06-01/runtime/invocation/next} long-polls for the next event, {@code POST .../invocation/{id}/response} and
 * {@code .../{id}/error} finish it, {@code POST .../init/error} reports a failed initialisation.
 */
final class RuntimeApiEndpoint implements AutoCloseable {
    static {
        // The JDK server leaves Nagle's algorithm on unless told otherwise; with small responses written as headers
        // then body, that can add tens of milliseconds per invocation. Read once, when its first server is made.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private static final String PREFIX = "/2018-06-01/runtime/";
    /** Lambda's limit on a synchronous invocation's response. */
    static final int MAX_RESPONSE_BYTES = 6 * 1024 * 1024;

    /** What the instance learns from its runtime. */
    interface Listener {
        /** The runtime asked for its first event: initialisation is over. */
        void ready();

        /** The runtime reported that its initialisation failed; it will exit. */
        void initError(byte[] payload, String errorType);
    }

    private final HttpServer server;
    /** Put in the queue on close, so that a runtime waiting for its next event is let go. */
    private static final PendingInvocation CLOSED = new PendingInvocation("", new byte[0], 0, "", "",
            java.util.Optional.empty(), java.util.Optional.empty());

    private final LinkedBlockingQueue<PendingInvocation> queue = new LinkedBlockingQueue<>();
    private final AtomicReference<PendingInvocation> current = new AtomicReference<>();
    private final Listener listener;
    private volatile boolean readySignalled;
    private volatile boolean closed;

    RuntimeApiEndpoint(String name, Listener listener) {
        this.listener = listener;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        } catch (IOException e) {
            throw new IllegalStateException("cannot open a Runtime API endpoint on loopback: " + e.getMessage(), e);
        }
        // No executor: requests run on the server's own thread. One instance makes one request at a time (it posts
        // a result, then asks for the next event), so a handler waiting for the next event holds up nothing, and
        // each invocation saves two hand-offs between threads.
        server.createContext(PREFIX, this::handle);
        server.start();
    }

    /** {@code host:port}, the value of {@code AWS_LAMBDA_RUNTIME_API}. */
    String address() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    /** Queues an invocation; the runtime's pending or next {@code /next} receives it. */
    void offer(PendingInvocation invocation) {
        queue.add(invocation);
    }

    @Override
    public void close() {
        closed = true;
        queue.clear();
        queue.add(CLOSED);
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath().substring(PREFIX.length());
            String method = exchange.getRequestMethod();
            if (method.equals("GET") && path.equals("invocation/next")) {
                next(exchange);
            } else if (method.equals("POST") && path.equals("init/error")) {
                byte[] body = readBody(exchange, MAX_RESPONSE_BYTES);
                listener.initError(body, errorType(exchange, "Runtime.Unknown"));
                send(exchange, 202, "{\"status\":\"OK\"}");
            } else if (method.equals("POST") && path.startsWith("invocation/")) {
                finish(exchange, path.substring("invocation/".length()));
            } else {
                send(exchange, 404, "{\"errorMessage\":\"Unknown Runtime API path " + method + " /2018-06-01/runtime/"
                        + path + "\",\"errorType\":\"InvalidRequest\"}");
            }
        }
    }

    private void next(HttpExchange exchange) throws IOException {
        if (!readySignalled) {
            readySignalled = true;
            listener.ready();
        }
        PendingInvocation invocation;
        try {
            invocation = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (invocation == CLOSED || closed) {
            return;
        }
        current.set(invocation);
        invocation.handedOver();
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", "application/json");
        headers.set("Lambda-Runtime-Aws-Request-Id", invocation.requestId());
        headers.set("Lambda-Runtime-Deadline-Ms", Long.toString(invocation.deadlineEpochMillis()));
        headers.set("Lambda-Runtime-Invoked-Function-Arn", invocation.functionArn());
        headers.set("Lambda-Runtime-Trace-Id", invocation.traceId());
        invocation.clientContext().ifPresent(c -> headers.set("Lambda-Runtime-Client-Context", c));
        invocation.cognitoIdentity().ifPresent(c -> headers.set("Lambda-Runtime-Cognito-Identity", c));
        byte[] event = invocation.event();
        exchange.sendResponseHeaders(200, event.length == 0 ? -1 : event.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(event);
        }
    }

    /** {@code {id}/response} or {@code {id}/error} for the invocation in progress. */
    private void finish(HttpExchange exchange, String rest) throws IOException {
        int slash = rest.indexOf('/');
        String id = slash < 0 ? rest : rest.substring(0, slash);
        String kind = slash < 0 ? "" : rest.substring(slash + 1);
        PendingInvocation invocation = current.get();
        if (invocation == null || !invocation.requestId().equals(id) || !(kind.equals("response")
                || kind.equals("error"))) {
            send(exchange, 400, "{\"errorMessage\":\"Invalid request ID: " + id.replace("\"", "") + "\","
                    + "\"errorType\":\"InvalidRequestID\"}");
            return;
        }
        byte[] body = readBody(exchange, MAX_RESPONSE_BYTES);
        if (body == null) {
            current.set(null);
            invocation.outcome().complete(PendingInvocation.Outcome.error(("{\"errorMessage\":\"Response payload "
                    + "size exceeded maximum allowed payload size (" + MAX_RESPONSE_BYTES + " bytes).\","
                    + "\"errorType\":\"Function.ResponseSizeTooLarge\"}").getBytes(StandardCharsets.UTF_8),
                    "Function.ResponseSizeTooLarge"));
            send(exchange, 413, "{\"errorMessage\":\"Exceeded maximum allowed payload size (" + MAX_RESPONSE_BYTES
                    + " bytes).\",\"errorType\":\"RequestEntityTooLarge\"}");
            return;
        }
        current.set(null);
        send(exchange, 202, "{\"status\":\"OK\"}");
        invocation.outcome().complete(kind.equals("response") ? PendingInvocation.Outcome.response(body)
                : PendingInvocation.Outcome.error(body, errorType(exchange, "Unhandled")));
    }

    private static String errorType(HttpExchange exchange, String fallback) {
        String type = exchange.getRequestHeaders().getFirst("Lambda-Runtime-Function-Error-Type");
        return type == null || type.isBlank() ? fallback : type;
    }

    /** The request body, or null when it is larger than {@code limit} (the rest is drained). */
    private static byte[] readBody(HttpExchange exchange, int limit) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(limit + 1);
            if (body.length > limit) {
                in.transferTo(OutputStream.nullOutputStream());
                return null;
            }
            return body;
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
