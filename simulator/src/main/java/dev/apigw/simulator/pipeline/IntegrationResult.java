package dev.apigw.simulator.pipeline;

import dev.apigw.simulator.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the integration answered before response mapping.
 *
 * @param errorMessage for Lambda (AWS) integrations, the function's {@code errorMessage} when it failed; integration
 *                     responses select on it
 */
public record IntegrationResult(int status, Map<String, List<String>> headers, byte[] body,
        Optional<String> errorMessage) {

    public IntegrationResult {
        headers = HttpHeaders.freeze(headers);
        body = body == null ? new byte[0] : body;
        errorMessage = errorMessage == null ? Optional.empty() : errorMessage;
    }

    public static IntegrationResult of(int status, Map<String, List<String>> headers, byte[] body) {
        return new IntegrationResult(status, headers, body, Optional.empty());
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
