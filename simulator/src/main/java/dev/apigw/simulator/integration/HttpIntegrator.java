package dev.apigw.simulator.integration;

import dev.apigw.simulator.gateway.GatewayErrors;
import dev.apigw.simulator.http.HttpHeaders;
import dev.apigw.simulator.mapping.ContentTypes;
import dev.apigw.simulator.mapping.HeaderRules;
import dev.apigw.simulator.pipeline.IntegrationRequest;
import dev.apigw.simulator.pipeline.IntegrationResult;
import dev.apigw.simulator.pipeline.Invocation;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * HTTP and HTTP_PROXY integrations: sends the integration request to the URI with API Gateway's added headers and
 * the method's timeout ({@code timeoutInMillis}, default 29 s; over it is 504). HTTP_PROXY returns the backend's
 * response as the client's, with reserved headers remapped or dropped. HTTP sends {@code Accept: application/json}
 * and the method request's Content-Type (else application/json) unless a mapping sets them.
 */
public final class HttpIntegrator implements Integrator {
    private final BackendClient backend;
    private final boolean proxy;

    public HttpIntegrator(HttpClient client, boolean proxy) {
        this.backend = new BackendClient(client);
        this.proxy = proxy;
    }

    public static HttpClient defaultClient() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    }

    @Override
    public IntegrationResult call(Invocation inv, IntegrationRequest request) {
        Map<String, List<String>> headers = new LinkedHashMap<>(request.headers());
        if (!HttpHeaders.contains(headers, "User-Agent") || !proxy) {
            HttpHeaders.set(headers, "User-Agent", "AmazonAPIGateway_" + inv.deployment().apiId());
        }
        if (!proxy) {
            // No mapping says otherwise: AWS asks for JSON and labels the body with the method request's type.
            if (!HttpHeaders.contains(headers, "Accept")) {
                HttpHeaders.set(headers, "Accept", ContentTypes.JSON);
            }
            if (!HttpHeaders.contains(headers, "Content-Type")) {
                HttpHeaders.set(headers, "Content-Type", HttpHeaders.first(inv.request().headers(), "Content-Type")
                        .orElse(ContentTypes.JSON));
            }
        }
        HttpHeaders.set(headers, "X-Amzn-Apigateway-Api-Id", inv.deployment().apiId());
        HttpHeaders.set(headers, "X-Amzn-Trace-Id", inv.traceId());
        java.net.http.HttpResponse<byte[]> response = backend.send(inv, request.httpMethod(), target(inv, request),
                headers, request.body());
        Map<String, List<String>> backendHeaders = new LinkedHashMap<>(response.headers().map());
        backendHeaders.remove(":status");
        if (proxy) {
            return IntegrationResult.of(response.statusCode(), HeaderRules.proxyResponseHeaders(backendHeaders),
                    response.body());
        }
        // The backend's headers stay on the integration response (for mappings); none reach the client unmapped.
        return IntegrationResult.of(response.statusCode(), backendHeaders, response.body());
    }

    private static URI target(Invocation inv, IntegrationRequest request) {
        StringBuilder uri = new StringBuilder(request.uri());
        if (!request.query().isEmpty()) {
            StringJoiner q = new StringJoiner("&");
            request.query().forEach((k, vs) -> vs.forEach(v -> q.add(encode(k) + "=" + encode(v))));
            uri.append(request.uri().contains("?") ? '&' : '?').append(q);
        }
        try {
            URI parsed = URI.create(uri.toString());
            if (parsed.getScheme() == null || parsed.getHost() == null) {
                throw new IllegalArgumentException("not an absolute http(s) URL");
            }
            return parsed;
        } catch (IllegalArgumentException e) {
            inv.logError("integrate", "Execution failed due to configuration error: Invalid endpoint address '" + uri
                    + "' (" + e.getMessage() + ")");
            throw GatewayErrors.internalError();
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
