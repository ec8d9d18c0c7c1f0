package dev.apigw.simulator.integration;

import dev.apigw.simulator.gateway.GatewayErrors;
import dev.apigw.simulator.pipeline.Invocation;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Sends one integration request over the shared connection pool with the method's timeout
 * ({@code timeoutInMillis}, default 29 s): over it is 504, an unreachable backend is 502.
 */
public final class BackendClient {
    /** Headers java.net.http sets itself or refuses. */
    private static final Set<String> NOT_FORWARDED = Set.of("host", "connection", "content-length", "expect",
            "upgrade", "transfer-encoding", "te", "keep-alive", "proxy-connection", "http2-settings", "trailer");

    private final HttpClient client;

    public BackendClient(HttpClient client) {
        this.client = client;
    }

    public HttpResponse<byte[]> send(Invocation inv, String method, URI uri, Map<String, List<String>> headers,
            byte[] body) {
        int timeout = inv.integration().orElseThrow().effectiveTimeoutMillis();
        java.net.http.HttpRequest.Builder builder = java.net.http.HttpRequest.newBuilder(uri)
                .timeout(Duration.ofMillis(timeout))
                .method(method, body.length == 0 ? BodyPublishers.noBody() : BodyPublishers.ofByteArray(body));
        headers.forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(v -> builder.header(name, v));
            }
        });
        try {
            return client.send(builder.build(), BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            inv.logError("integrate", "Execution failed due to a timeout error after " + timeout + " ms: " + uri);
            throw GatewayErrors.timeout();
        } catch (IOException e) {
            inv.logError("integrate", "Execution failed due to configuration error: could not reach " + uri + ": " + e);
            throw GatewayErrors.integrationFailure().causedBy(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw GatewayErrors.integrationFailure().causedBy(e);
        }
    }
}
