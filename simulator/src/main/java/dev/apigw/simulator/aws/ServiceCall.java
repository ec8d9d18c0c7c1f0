package dev.apigw.simulator.aws;

import dev.apigw.simulator.http.HttpHeaders;
import java.net.URI;
import java.util.List;
import java.util.Map;

/** One request to an AWS service endpoint, before or after signing. */
public record ServiceCall(String method, URI uri, Map<String, List<String>> headers, byte[] body) {

    public ServiceCall {
        headers = HttpHeaders.freeze(headers);
        body = body == null ? new byte[0] : body;
    }

    public ServiceCall withHeaders(Map<String, List<String>> signed) {
        return new ServiceCall(method, uri, signed, body);
    }
}
