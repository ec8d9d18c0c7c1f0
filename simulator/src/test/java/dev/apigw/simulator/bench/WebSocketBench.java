package dev.apigw.simulator.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The client of {@code bench/websocket.sh}: (1) messages/s round-tripped through a two-way route by CONNECTIONS
 * concurrent connections, each sending its next message when the previous answer arrived, for SECONDS; (2)
 * connect/disconnect cycles/s by WORKERS concurrent loops, each opening a connection and closing it, for SECONDS.
 * Usage: {@code WebSocketBench ws://127.0.0.1:PORT/dev SECONDS CONNECTIONS WORKERS}. Prints one line per result.
 */
public final class WebSocketBench {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private WebSocketBench() {
    }

    public static void main(String[] args) throws Exception {
        URI url = URI.create(args[0]);
        int seconds = Integer.parseInt(args[1]);
        int connections = Integer.parseInt(args[2]);
        int workers = Integer.parseInt(args[3]);
        // A short warm-up of each part first, so the JIT has compiled the paths measured.
        messages(url, Math.min(3, seconds), connections);
        long m = messages(url, seconds, connections);
        System.out.printf("messages: %d round trips in %d s over %d connections = %.0f messages/s%n", m, seconds,
                connections, m / (double) seconds);
        cycles(url, Math.min(3, seconds), workers);
        long c = cycles(url, seconds, workers);
        System.out.printf("connect/disconnect: %d cycles in %d s with %d workers = %.0f cycles/s%n", c, seconds,
                workers, c / (double) seconds);
    }

    private static long messages(URI url, int seconds, int connections) throws Exception {
        AtomicLong count = new AtomicLong();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<Echo> echoes = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            Echo echo = new Echo(count, deadline);
            echo.socket = HTTP.newWebSocketBuilder().buildAsync(url, echo).get(10, TimeUnit.SECONDS);
            echoes.add(echo);
        }
        long start = System.nanoTime();
        count.set(0);
        echoes.forEach(Echo::next);
        for (Echo e : echoes) {
            e.done.get(seconds + 30L, TimeUnit.SECONDS);
        }
        for (Echo e : echoes) {
            e.socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(10, TimeUnit.SECONDS);
        }
        long elapsed = System.nanoTime() - start;
        return count.get() * TimeUnit.SECONDS.toNanos(seconds) / Math.max(elapsed, 1);
    }

    private static long cycles(URI url, int seconds, int workers) throws Exception {
        AtomicLong count = new AtomicLong();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<CompletableFuture<Void>> loops = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            loops.add(CompletableFuture.runAsync(() -> {
                while (System.nanoTime() < deadline) {
                    try {
                        Closing listener = new Closing();
                        WebSocket ws = HTTP.newWebSocketBuilder().buildAsync(url, listener).get(10, TimeUnit.SECONDS);
                        ws.sendClose(WebSocket.NORMAL_CLOSURE, "bye").get(10, TimeUnit.SECONDS);
                        listener.closed.get(10, TimeUnit.SECONDS);
                        count.incrementAndGet();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            }));
        }
        for (CompletableFuture<Void> loop : loops) {
            loop.get(seconds + 60L, TimeUnit.SECONDS);
        }
        return count.get();
    }

    /** Sends a message, waits for the answer, sends the next, until the deadline. */
    private static final class Echo implements WebSocket.Listener {
        private final AtomicLong count;
        private final long deadline;
        final CompletableFuture<Void> done = new CompletableFuture<>();
        WebSocket socket;

        Echo(AtomicLong count, long deadline) {
            this.count = count;
            this.deadline = deadline;
        }

        void next() {
            if (System.nanoTime() >= deadline) {
                done.complete(null);
                return;
            }
            socket.sendText("{\"action\":\"echo\",\"data\":\"hello\"}", true);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            if (last) {
                count.incrementAndGet();
                next();
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            done.completeExceptionally(error);
        }
    }

    private static final class Closing implements WebSocket.Listener {
        final CompletableFuture<Integer> closed = new CompletableFuture<>();

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.completeExceptionally(error);
        }
    }
}
