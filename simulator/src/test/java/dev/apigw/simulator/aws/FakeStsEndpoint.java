package dev.apigw.simulator.aws;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A stand-in for STS on 127.0.0.1 (what LocalStack's STS would be): it counts AssumeRole calls, checks their SigV4
 * signature (service {@code sts}) against the one project key it knows, and answers an AssumeRoleResponse with
 * numbered temporary keys ({@code ASIAFAKE...0001}, {@code ...0002}) expiring at {@link #expiring}, or, once told
 * to {@link #refuse()}, 403 AccessDenied as STS does for a role whose trust policy leaves the caller out.
 */
final class FakeStsEndpoint implements AutoCloseable {
    static final String TEMPORARY_SECRET = "tempSecretKey/EXAMPLE+0123456789abcdefghij";
    static final String SESSION_TOKEN = "FwoGZXIvYXdzEXAMPLE//session+token==";

    /** One AssumeRole call as received: its form parameters and whether the signature verified. */
    record Call(Map<String, String> form, String authorization, boolean signatureValid) {
    }

    private final HttpServer server;
    private final String projectKey;
    private final String projectSecret;
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicReference<Call> last = new AtomicReference<>();
    private volatile Instant expiration = Instant.parse("2100-01-01T00:00:00Z");
    private volatile boolean refusing;

    FakeStsEndpoint(String projectKey, String projectSecret) throws IOException {
        this.projectKey = projectKey;
        this.projectSecret = projectSecret;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    int calls() {
        return calls.get();
    }

    Call last() {
        return last.get();
    }

    /** The temporary access key id of the n-th credentials handed out (1-based). */
    static String temporaryKey(int n) {
        return String.format("ASIAFAKE%012d", n);
    }

    FakeStsEndpoint expiring(Instant when) {
        expiration = when;
        return this;
    }

    FakeStsEndpoint refuse() {
        refusing = true;
        return this;
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        Map<String, List<String>> headers = new LinkedHashMap<>(exchange.getRequestHeaders());
        Map<String, String> form = form(new String(body, StandardCharsets.UTF_8));
        String authorization = first(headers, "Authorization");
        boolean valid = verifies(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                exchange.getRequestURI().getRawQuery(), headers, body, authorization, first(headers, "X-Amz-Date"));
        last.set(new Call(form, authorization, valid));
        int n = calls.incrementAndGet();
        String answer;
        int status;
        if (refusing || !valid) {
            status = 403;
            answer = "<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">\n  <Error>\n"
                    + "    <Type>Sender</Type>\n    <Code>AccessDenied</Code>\n    <Message>User: arn:aws:iam::"
                    + "123456789012:user/apigw-local is not authorized to perform: sts:AssumeRole on resource: "
                    + form.get("RoleArn") + "</Message>\n  </Error>\n  <RequestId>fake-sts-" + n
                    + "</RequestId>\n</ErrorResponse>\n";
        } else {
            status = 200;
            String roleName = form.getOrDefault("RoleArn", "").replaceAll(".*:role/", "");
            answer = "<AssumeRoleResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">\n"
                    + "  <AssumeRoleResult>\n    <AssumedRoleUser>\n      <AssumedRoleId>AROAFAKE:"
                    + form.get("RoleSessionName") + "</AssumedRoleId>\n      <Arn>arn:aws:sts::123456789012:"
                    + "assumed-role/" + roleName + "/" + form.get("RoleSessionName") + "</Arn>\n"
                    + "    </AssumedRoleUser>\n    <Credentials>\n      <AccessKeyId>" + temporaryKey(n)
                    + "</AccessKeyId>\n      <SecretAccessKey>" + TEMPORARY_SECRET + "</SecretAccessKey>\n"
                    + "      <SessionToken>" + SESSION_TOKEN + "</SessionToken>\n      <Expiration>" + expiration
                    + "</Expiration>\n    </Credentials>\n  </AssumeRoleResult>\n  <ResponseMetadata>\n"
                    + "    <RequestId>fake-sts-" + n + "</RequestId>\n  </ResponseMetadata>\n"
                    + "</AssumeRoleResponse>\n";
        }
        byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/xml");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private boolean verifies(String method, String rawPath, String rawQuery, Map<String, List<String>> headers,
            byte[] body, String authorization, String amzDate) {
        if (authorization == null || amzDate == null
                || !authorization.contains("Credential=" + projectKey + "/")) {
            return false;
        }
        String[] scope = authorization.replaceAll(".*Credential=[^/]+/([^,]+),.*", "$1").split("/");
        if (!scope[2].equals("sts")) {
            return false;
        }
        List<String> signed = Arrays.asList(authorization.replaceAll(".*SignedHeaders=([^,]+),.*", "$1").split(";"));
        String expected = SigV4Reference.signature(method, rawPath, rawQuery, headers, signed, body, projectSecret,
                amzDate, scope[1], scope[2]);
        return authorization.endsWith("Signature=" + expected);
    }

    private static String first(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(e -> e.getValue().get(0)).findFirst().orElse(null);
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    @Override
    public void close() {
        server.stop(0);
        ((ExecutorService) server.getExecutor()).shutdownNow();
    }
}
