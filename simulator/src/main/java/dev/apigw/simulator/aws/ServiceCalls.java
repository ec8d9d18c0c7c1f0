package dev.apigw.simulator.aws;

import dev.apigw.simulator.http.HttpHeaders;
import dev.apigw.simulator.pipeline.IntegrationRequest;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Turns a mapped integration request into the call API Gateway makes to the service. A {@code path/} URI is sent
 * to that path under the endpoint. An {@code action/} URI is sent to the endpoint's root: JSON-protocol services
 * get {@code X-Amz-Target} and their {@code application/x-amz-json-*} content type (the template renders the
 * operation's input), the others get {@code Action=<name>} and the URI's own parameters in the query string.
 */
public final class ServiceCalls {
    private ServiceCalls() {
    }

    /** Throws {@link IllegalArgumentException} when endpoint and path do not make a valid URL. */
    public static ServiceCall build(IntegrationRequest request, AwsServiceUri service, URI endpoint) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        request.headers().forEach((k, v) -> headers.put(k, new ArrayList<>(v)));
        Map<String, List<String>> query = new LinkedHashMap<>();
        String path = basePath(endpoint);
        if (service.kind() == AwsServiceUri.Kind.PATH) {
            path = path + (path.endsWith("/") ? "" : "/") + bucketPrefix(service) + stripLeadingSlash(service.target());
        } else {
            Optional<JsonProtocol> json = JsonProtocol.forService(service.service());
            if (json.isPresent()) {
                setIfAbsent(headers, "X-Amz-Target", json.get().target(service.target()));
                setIfAbsent(headers, "Content-Type", json.get().contentType());
            } else {
                query.put("Action", new ArrayList<>(List.of(service.target())));
                service.actionParameters().forEach((k, v) -> query.put(k, new ArrayList<>(v)));
            }
        }
        request.query().forEach((k, v) -> query.put(k, new ArrayList<>(v)));
        String target = endpoint.getScheme() + "://" + endpoint.getRawAuthority() + path + queryString(query);
        return new ServiceCall(request.httpMethod(), URI.create(target), headers, request.body());
    }

    /**
     * S3 virtual-hosted addressing ({@code {bucket}.s3:path/{key}}) as a path-style request
     * ({@code /{bucket}/{key}}): local S3 endpoints (LocalStack, MinIO) are reached by address, not by a bucket
     * host name, and accept path-style requests.
     */
    private static String bucketPrefix(AwsServiceUri service) {
        return service.service().equals("s3") ? service.subdomain().map(b -> b + "/").orElse("") : "";
    }

    private static String basePath(URI endpoint) {
        String raw = endpoint.getRawPath();
        return raw == null || raw.isEmpty() ? "/" : raw;
    }

    private static String stripLeadingSlash(String s) {
        return s.startsWith("/") ? s.substring(1) : s;
    }

    private static void setIfAbsent(Map<String, List<String>> headers, String name, String value) {
        if (!HttpHeaders.contains(headers, name)) {
            HttpHeaders.set(headers, name, value);
        }
    }

    private static String queryString(Map<String, List<String>> query) {
        if (query.isEmpty()) {
            return "";
        }
        StringJoiner q = new StringJoiner("&", "?", "");
        query.forEach((k, vs) -> vs.forEach(v -> q.add(encode(k) + "=" + encode(v))));
        return q.toString();
    }

    /** RFC 3986 encoding, the form SigV4 canonicalises to, so what is sent is what was signed. */
    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A")
                .replace("%7E", "~");
    }
}
