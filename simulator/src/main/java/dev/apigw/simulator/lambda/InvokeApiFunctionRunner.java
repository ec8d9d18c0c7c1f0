package dev.apigw.simulator.lambda;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Calls a function through the Lambda Invoke API ({@code POST /2015-03-31/functions/{name}/invocations}) of a local
 * endpoint such as {@code sam local start-lambda} or LocalStack. {@code X-Amz-Function-Error} marks a failure.
 */
public final class InvokeApiFunctionRunner implements FunctionRunner {
    private final String endpoint;
    private final HttpClient client;

    public InvokeApiFunctionRunner(String endpoint, HttpClient client) {
        this.endpoint = endpoint.endsWith("/") ? endpoint.substring(0, endpoint.length() - 1) : endpoint;
        this.client = client;
    }

    @Override
    public FunctionResult invoke(String functionName, byte[] event, Duration timeout) {
        URI uri = URI.create(endpoint + "/2015-03-31/functions/"
                + URLEncoder.encode(functionName, StandardCharsets.UTF_8) + "/invocations");
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Content-Type", "application/json")
                .header("X-Amz-Invocation-Type", "RequestResponse")
                .POST(HttpRequest.BodyPublishers.ofByteArray(event)).build();
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() >= 300) {
                throw new FunctionUnavailableException("the Invoke API at " + uri + " answered "
                        + response.statusCode() + ": " + new String(response.body(), StandardCharsets.UTF_8));
            }
            return new FunctionResult(response.body(), response.headers().firstValue("X-Amz-Function-Error"));
        } catch (HttpTimeoutException e) {
            throw new FunctionTimeoutException("function " + functionName + " did not answer within "
                    + timeout.toMillis() + " ms");
        } catch (IOException e) {
            throw new FunctionUnavailableException("cannot reach the Invoke API at " + uri + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FunctionUnavailableException("interrupted while calling " + uri, e);
        }
    }
}
