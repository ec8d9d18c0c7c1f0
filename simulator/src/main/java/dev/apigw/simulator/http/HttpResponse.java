package dev.apigw.simulator.http;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the gateway answers: status, headers (names as set, every value) and body bytes. */
public record HttpResponse(int status, Map<String, List<String>> headers, byte[] body) {

    public HttpResponse {
        headers = HttpHeaders.freeze(headers);
        body = body == null ? new byte[0] : body;
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public Optional<String> header(String name) {
        return HttpHeaders.first(headers, name);
    }
}
