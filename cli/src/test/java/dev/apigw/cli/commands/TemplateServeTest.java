package dev.apigw.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code apigw serve} on templates as they are, with no apigw.yaml: every API of the template (or of every stack of
 * a cdk.out app) served at once, its functions run as real processes from their code or CDK asset directories.
 */
@Timeout(90)
class TemplateServeTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path FIXTURES = Path.of("..", "simulator", "src", "test", "resources", "apis", "templates");
    private final HttpClient client = HttpClient.newHttpClient();

    /** Starts serve, waits for its JSON ready line and returns it. */
    private static JsonNode ready(InProcessServe serve) throws InterruptedException, java.io.IOException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            String out = serve.out.toString();
            if (!out.isBlank()) {
                return JSON.readTree(out.lines().findFirst().orElseThrow());
            }
            if (!serve.thread.isAlive()) {
                throw new AssertionError("serve stopped: " + serve.err);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("serve did not start: " + serve.err);
    }

    private HttpResponse<String> get(String url, String host) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void cdkAppServesEveryStackWithFunctionsFromTheirAssets() throws Exception {
        try (InProcessServe serve = new InProcessServe(FIXTURES.resolve("cdk-app").toString(), "--port", "0",
                "--output", "json", "--no-reload")) {
            JsonNode ready = ready(serve);
            assertThat(ready.get("apis")).hasSize(2);
            JsonNode rest = ready.get("apis").get(0);
            JsonNode http = ready.get("apis").get(1);
            assertThat(rest.get("logicalId").asText()).isEqualTo("ProxyApi2C5E8B1F");
            assertThat(http.get("type").asText()).isEqualTo("http");
            String restUrl = rest.at("/stages/0/url").asText();
            assertThat(restUrl).endsWith("/prod");

            HttpResponse<String> proxied = get(restUrl + "/anything/here", null);
            assertThat(proxied.statusCode()).as(proxied.body()).isEqualTo(200);
            JsonNode event = JSON.readTree(proxied.body());
            assertThat(event.get("resource").asText()).isEqualTo("/{proxy+}");
            assertThat(event.get("proxy").asText()).isEqualTo("anything/here");
            assertThat(event.get("stage").asText()).isEqualTo("prod");
            assertThat(event.get("function").asText()).isEqualTo("Handler886CB40B");

            String httpUrl = http.at("/stages/0/url").asText();
            HttpResponse<String> item = get(httpUrl + "items/42", null);
            assertThat(item.statusCode()).as(item.body()).isEqualTo(200);
            JsonNode body = JSON.readTree(item.body());
            assertThat(body.get("id").asText()).isEqualTo("42");
            assertThat(body.get("routeKey").asText()).isEqualTo("GET /items/{id}");
            assertThat(body.get("version").asText()).isEqualTo("2.0");
        }
    }

    @Test
    void eachApiAnswersOnItsOwnHostName() throws Exception {
        try (InProcessServe serve = new InProcessServe(FIXTURES.resolve("cdk-app").toString(), "--port", "0",
                "--output", "json", "--no-reload")) {
            JsonNode ready = ready(serve);
            int port = ready.get("port").asInt();
            String restId = ready.at("/apis/0/apiId").asText();
            // The JDK client will not send a Host header of its own choosing, so ask with a raw request.
            try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
                socket.getOutputStream().write(("GET /prod/x HTTP/1.1\r\nHost: " + restId
                        + ".execute-api.localhost:" + port + "\r\nConnection: close\r\n\r\n").getBytes());
                String answer = new String(socket.getInputStream().readAllBytes());
                assertThat(answer).startsWith("HTTP/1.1 200").contains("\"function\":\"Handler886CB40B\"");
            }
        }
    }

    private HttpResponse<String> get(String url, String header, String value) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).header(header, value).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String url(JsonNode ready, String logicalId) {
        for (JsonNode api : ready.get("apis")) {
            if (api.get("logicalId").asText().equals(logicalId)) {
                return api.at("/stages/0/url").asText();
            }
        }
        throw new AssertionError("no API " + logicalId + " in " + ready);
    }

    @Test
    void samInitHelloWorldServesItsImplicitApiOnProd() throws Exception {
        try (InProcessServe serve = new InProcessServe(Path.of("..", "samples", "sam-hello").toString(), "--port",
                "0", "--output", "json", "--no-reload")) {
            JsonNode ready = ready(serve);
            assertThat(ready.get("stages").findValuesAsText("stage")).containsExactly("Prod", "Stage");
            HttpResponse<String> hello = get(ready.at("/stages/0/url").asText() + "/hello", null);
            assertThat(hello.statusCode()).as(hello.body()).isEqualTo(200);
            JsonNode body = JSON.readTree(hello.body());
            assertThat(body.get("message").asText()).isEqualTo("hello world");
            assertThat(body.get("stage").asText()).isEqualTo("Prod");
        }
    }

    @Test
    void samAppServesImplicitRestAndHttpApisAndAnExplicitApiWithItsAuthorizerAndKey() throws Exception {
        try (InProcessServe serve = new InProcessServe(FIXTURES.resolve("sam-app").toString(), "--port", "0",
                "--output", "json", "--no-reload", "--param", "Greeting=hi")) {
            JsonNode ready = ready(serve);
            JsonNode rest = JSON.readTree(get(url(ready, "ServerlessRestApi") + "/hello", null).body());
            assertThat(rest.get("message").asText()).isEqualTo("hi world");
            assertThat(rest.get("stage").asText()).isEqualTo("Prod");
            HttpResponse<String> http = get(url(ready, "ServerlessHttpApi") + "hello", null);
            assertThat(http.statusCode()).as(http.body()).isEqualTo(200);
            assertThat(JSON.readTree(http.body()).get("version").asText()).isEqualTo("2.0");

            String items = url(ready, "ItemsApi") + "/items/7";
            assertThat(items).contains("/v1/");
            HttpResponse<String> noKey = get(items, "Authorization", "allow");
            assertThat(noKey.statusCode()).isEqualTo(403);
            HttpResponse<String> denied = client.send(HttpRequest.newBuilder(URI.create(items))
                    .header("x-api-key", "apigw-local-key-ItemsApiApiKey").header("Authorization", "deny").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(denied.statusCode()).isEqualTo(403);
            HttpResponse<String> allowed = client.send(HttpRequest.newBuilder(URI.create(items))
                    .header("x-api-key", "apigw-local-key-ItemsApiApiKey").header("Authorization", "allow").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(allowed.statusCode()).as(allowed.body()).isEqualTo(200);
            JsonNode item = JSON.readTree(allowed.body());
            assertThat(item.get("id").asText()).isEqualTo("7");
            assertThat(item.get("table").asText()).isEqualTo("items-v1");
            assertThat(item.get("user").asText()).isEqualTo("alice");
            assertThat(item.get("stage").asText()).isEqualTo("v1");
        }
    }
}
