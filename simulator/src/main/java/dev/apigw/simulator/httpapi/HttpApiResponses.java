package dev.apigw.simulator.httpapi;

import dev.apigw.simulator.gateway.GatewayResponseException;
import dev.apigw.simulator.http.HttpHeaders;
import dev.apigw.simulator.http.HttpResponse;
import dev.apigw.simulator.pipeline.ApiResponses;
import dev.apigw.simulator.pipeline.Invocation;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * HTTP APIs have no gateway responses to customise: an error the gateway raises itself is one of a few fixed
 * answers ({@code {"message":"Not Found"}}, {@code {"message":"Internal Server Error"}}...), and every response
 * carries {@code apigw-requestid} instead of REST's {@code x-amzn-RequestId}.
 */
public final class HttpApiResponses implements ApiResponses {

    @Override
    public HttpResponse error(Invocation inv, GatewayResponseException failure) {
        Answer answer = answer(failure);
        inv.log("response", "HTTP API error " + answer.status() + " for " + failure.type() + ": " + failure.getMessage());
        Map<String, List<String>> headers = new LinkedHashMap<>();
        HttpHeaders.set(headers, "Content-Type", "application/json");
        failure.headers().forEach((name, value) -> HttpHeaders.set(headers, name, value));
        return new HttpResponse(answer.status(), headers,
                ("{\"message\":\"" + answer.message() + "\"}").getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public HttpResponse finish(Invocation inv, HttpResponse response) {
        Map<String, List<String>> headers = new LinkedHashMap<>(response.headers());
        HttpHeaders.set(headers, "apigw-requestid", inv.extendedRequestId());
        return new HttpResponse(response.status(), headers, response.body());
    }

    static Answer answer(GatewayResponseException failure) {
        return switch (failure.type()) {
            case RESOURCE_NOT_FOUND -> new Answer(404, "Not Found");
            case UNAUTHORIZED -> new Answer(401, "Unauthorized");
            case ACCESS_DENIED, INVALID_API_KEY, INVALID_SIGNATURE, EXPIRED_TOKEN, WAF_FILTERED,
                    MISSING_AUTHENTICATION_TOKEN -> new Answer(403, "Forbidden");
            case THROTTLED, QUOTA_EXCEEDED -> new Answer(429, "Too Many Requests");
            case REQUEST_TOO_LARGE -> new Answer(413, "Request Entity Too Large");
            case BAD_REQUEST_BODY, BAD_REQUEST_PARAMETERS -> new Answer(400, "Bad Request");
            case INTEGRATION_TIMEOUT -> new Answer(503, "Service Unavailable");
            default -> failure.status() >= 400 && failure.status() < 500
                    ? new Answer(failure.status(), failure.getMessage())
                    : new Answer(500, "Internal Server Error");
        };
    }

    record Answer(int status, String message) {
    }
}
