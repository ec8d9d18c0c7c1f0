package dev.apigw.simulator.pipeline;

import dev.apigw.simulator.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * What the gateway sends to the integration after mapping: the target ({@code uri} with path parameters
 * substituted, for HTTP; the function ARN for Lambda), headers, query string and body.
 */
public record IntegrationRequest(String httpMethod, String uri, Map<String, List<String>> headers,
        Map<String, List<String>> query, Map<String, String> pathParameters, byte[] body) {

    public IntegrationRequest {
        headers = HttpHeaders.freeze(headers);
        query = HttpHeaders.freeze(query);
        pathParameters = Map.copyOf(pathParameters);
        body = body == null ? new byte[0] : body;
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
