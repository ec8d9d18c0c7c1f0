package dev.apigw.simulator.compression;

import dev.apigw.simulator.http.HttpHeaders;
import dev.apigw.simulator.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * API Gateway's response compression: with a minimum compression size set on the API, a method response whose
 * (mapped) payload is at least that size is compressed in the client's preferred supported coding, unless the
 * integration already set {@code Content-Encoding}.
 */
public final class ResponseCompression {
    private ResponseCompression() {
    }

    /** The response to send: compressed, or {@code response} itself when any condition is not met. */
    public static HttpResponse apply(Optional<Integer> minimumSize, List<String> acceptEncoding,
            HttpResponse response) {
        if (minimumSize.isEmpty() || response.body().length < minimumSize.get() || response.body().length == 0
                || HttpHeaders.contains(response.headers(), "Content-Encoding")) {
            return response;
        }
        Optional<ContentCoding> coding = AcceptEncoding.preferred(acceptEncoding)
                .filter(c -> c != ContentCoding.IDENTITY);
        if (coding.isEmpty()) {
            return response;
        }
        Map<String, List<String>> headers = new LinkedHashMap<>(response.headers());
        HttpHeaders.set(headers, "Content-Encoding", coding.get().token());
        HttpHeaders.remove(headers, "Content-Length");
        return new HttpResponse(response.status(), headers, coding.get().encode(response.body()));
    }
}
