package dev.apigw.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code apigw serve} is never silent about a failure: the real server on a free port, each stage's execution log
 * (apigw.yaml {@code logging}) on its standard error.
 */
@Timeout(60)
class ServeExecutionLogTest {
    private static final Pattern SERVING = Pattern.compile(
            "apigw: serving .+ stage (\\S+) at http://127\\.0\\.0\\.1:(\\d+)/(\\S*)");
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String LAMBDA_URI = "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/"
            + "arn:aws:lambda:us-east-1:123456789012:function:%s/invocations";

    @TempDir
    static Path project;

    @BeforeAll
    static void writeProject() throws Exception {
        Files.writeString(project.resolve("apigw.yaml"), """
                definition: openapi.yaml
                type: rest
                stages:
                  dev: {}
                  info: { logging: { level: INFO } }
                  trace: { logging: { level: INFO, dataTrace: true } }
                  off: { logging: { level: OFF } }
                apiKeys:
                  - { name: gold-key, value: "gold-key-0123456789abcdef" }
                usagePlans:
                  - { name: gold, stages: [dev, info, trace, off], apiKeys: [gold-key] }
                """);
        String mock = """
                      x-amazon-apigateway-integration:
                        type: mock
                        requestTemplates: { application/json: '{"statusCode": 200}' }
                        responses: { default: { statusCode: "200", responseTemplates: { application/json: '{"ok": 1}' } } }
                """;
        Files.writeString(project.resolve("openapi.yaml"), """
                openapi: 3.0.1
                info: { title: logged, version: "1" }
                paths:
                  /ok:
                    get:
                """ + mock + """
                  /echo:
                    post:
                """ + mock + """
                  /keyed:
                    get:
                      security: [{ api_key: [] }]
                """ + mock + """
                  /guarded:
                    get:
                      security: [{ token: [] }]
                """ + mock + """
                  /orders:
                    get:
                      x-amazon-apigateway-integration:
                        type: aws_proxy
                        httpMethod: POST
                        uri: "%s"
                components:
                  securitySchemes:
                    api_key: { type: apiKey, name: x-api-key, in: header }
                    token:
                      type: apiKey
                      name: Authorization
                      in: header
                      x-amazon-apigateway-authtype: custom
                      x-amazon-apigateway-authorizer:
                        type: token
                        authorizerUri: "%s"
                        authorizerResultTtlInSeconds: 0
                """.formatted(LAMBDA_URI.formatted("orders"), LAMBDA_URI.formatted("token")));
    }

    /** {@code apigw serve} on the project, serving the given stages, once it accepts requests. */
    private static final class Served extends InProcessServe {
        final String base;

        Served(String... args) throws InterruptedException {
            super(args);
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            String found = null;
            while (found == null && System.nanoTime() < deadline) {
                found = out.toString().lines().map(SERVING::matcher).filter(Matcher::matches).findFirst()
                        .map(m -> "http://127.0.0.1:" + m.group(2)).orElse(null);
                if (found == null) {
                    if (!thread.isAlive()) {
                        throw new AssertionError("serve exited " + exitCode + ": " + err);
                    }
                    Thread.sleep(20);
                }
            }
            if (found == null) {
                throw new AssertionError("serve did not start: " + out + err);
            }
            base = found;
        }

        HttpResponse<String> send(String method, String path, String body, String... headers) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(10))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body));
            if (headers.length > 0) {
                request.headers(headers);
            }
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        /** The request's id, once standard error has at least one line of it. */
        List<String> linesOf(HttpResponse<String> response) throws InterruptedException {
            String id = response.headers().firstValue("x-amzn-RequestId").orElseThrow();
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (!err.toString().contains("(" + id + ") ") && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            return linesNow(id);
        }

        /** The lines of that request id on standard error so far. */
        List<String> linesNow(String id) {
            return err.toString().lines().filter(l -> l.startsWith("(" + id + ") ")).toList();
        }
    }

    private static String id(HttpResponse<String> response) {
        return response.headers().firstValue("x-amzn-RequestId").orElseThrow();
    }

    @Test
    void printsWhatEachStagesLoggingAsksFor() throws Exception {
        try (Served served = new Served(project.toString(), "--port", "0", "--no-reload", "--stage", "dev",
                "--stage", "info", "--stage", "trace", "--stage", "off")) {
            // (a) a Lambda integration without a local binding: one ERROR line at the default level
            HttpResponse<String> orders = served.send("GET", "/dev/orders", null);
            assertThat(orders.statusCode()).isEqualTo(500);
            assertThat(served.linesOf(orders)).singleElement().asString().isEqualTo("(" + id(orders)
                    + ") GET /dev/orders 500 API_CONFIGURATION_ERROR: Execution failed due to configuration "
                    + "error: no local binding for Lambda function orders; add it to apigw.yaml, e.g. functions: "
                    + "{ orders: { runtime: nodejs20.x, handler: app.handler, codeUri: src/ } } or { url: "
                    + "http://127.0.0.1:3001 }");

            // (b) 4xx answers of the gateway, each with its reason
            HttpResponse<String> keyed = served.send("GET", "/dev/keyed", null);
            assertThat(keyed.statusCode()).isEqualTo(403);
            assertThat(served.linesOf(keyed)).singleElement().asString().endsWith(
                    ") GET /dev/keyed 403 INVALID_API_KEY: API Key not found: the method requires an API key in "
                            + "the x-api-key header");
            HttpResponse<String> guarded = served.send("GET", "/dev/guarded", null);
            assertThat(guarded.statusCode()).isEqualTo(401);
            assertThat(served.linesOf(guarded)).singleElement().asString().endsWith(
                    ") GET /dev/guarded 401 UNAUTHORIZED: The identity source method.request.header.Authorization"
                            + " is missing or empty; the authorizer is not called");

            // a success prints nothing at ERROR
            HttpResponse<String> ok = served.send("GET", "/dev/ok", null);
            assertThat(ok.statusCode()).isEqualTo(200);

            // (c) INFO: every request's execution log lines
            HttpResponse<String> info = served.send("GET", "/info/ok", null);
            assertThat(info.statusCode()).isEqualTo(200);
            List<String> infoLines = served.linesOf(info);
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (infoLines.stream().noneMatch(l -> l.contains("Method completed")) && System.nanoTime() < deadline) {
                Thread.sleep(20);
                infoLines = served.linesNow(id(info));
            }
            assertThat(infoLines.get(0)).matches("\\(" + id(info) + "\\) Extended Request Id: \\S{15}=");
            assertThat(infoLines).contains("(" + id(info) + ") HTTP Method: GET, Resource Path: /ok",
                    "(" + id(info) + ") Method completed with status: 200");
            assertThat(infoLines).noneMatch(l -> l.contains("Method request headers"));

            // (d) data trace: headers and bodies, cut at 1 KB
            HttpResponse<String> echo = served.send("POST", "/trace/echo", "y".repeat(3000),
                    "Content-Type", "application/json", "x-api-key", "gold-key-0123456789abcdef");
            assertThat(echo.statusCode()).isEqualTo(200);
            served.linesOf(echo);
            deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (served.linesNow(id(echo)).stream().noneMatch(l -> l.contains("Method completed"))
                    && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            List<String> traced = served.linesNow(id(echo));
            String bodyLine = traced.stream().filter(l -> l.contains(") Method request body before transformations: "))
                    .findFirst().orElseThrow();
            assertThat(bodyLine).endsWith("yyyy [TRUNCATED]");
            assertThat(bodyLine.getBytes(StandardCharsets.UTF_8)).hasSize(1024 + " [TRUNCATED]".length());
            assertThat(traced).anyMatch(l -> l.contains(") Method request headers: {")
                    && l.contains("x-api-key=[*********************cdef]"));
            assertThat(served.err.toString()).doesNotContain("gold-key-0123456789abcdef");

            // (e) OFF: nothing, though the request fails
            HttpResponse<String> off = served.send("GET", "/off/orders", null);
            assertThat(off.statusCode()).isEqualTo(500);
            HttpResponse<String> after = served.send("GET", "/dev/orders", null);
            assertThat(served.linesOf(after)).hasSize(1);
            assertThat(served.linesNow(id(off))).isEmpty();
            assertThat(served.linesNow(id(ok))).isEmpty();
        }
    }

    @Test
    void quietKeepsOnlyTheErrorLines() throws Exception {
        try (Served served = new Served(project.toString(), "--port", "0", "--no-reload", "--stage", "info",
                "-q")) {
            HttpResponse<String> ok = served.send("GET", "/info/ok", null);
            HttpResponse<String> orders = served.send("GET", "/info/orders", null);
            assertThat(served.linesOf(orders)).singleElement().asString()
                    .contains(") GET /info/orders 500 API_CONFIGURATION_ERROR: Execution failed due to "
                            + "configuration error: no local binding for Lambda function orders");
            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(served.linesNow(id(ok))).isEmpty();
        }
    }
}
