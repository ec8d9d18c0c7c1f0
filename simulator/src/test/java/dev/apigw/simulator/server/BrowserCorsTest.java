package dev.apigw.simulator.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.apigw.model.project.ApiProject;
import dev.apigw.openapi.project.ProjectLoader;
import dev.apigw.openapi.read.ImportOptions;
import dev.apigw.simulator.Gateway;
import dev.apigw.simulator.SimulatorOptions;
import dev.apigw.simulator.cors.CorsBackend;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real browser against the real server: headless Chromium opens a page served from another loopback origin
 * (a JDK HttpServer on its own port), the page calls an HTTP API with {@code x-amazon-apigateway-cors} through
 * fetch and writes what the browser let through into the DOM, which {@code --dump-dom} prints. Chromium is the
 * Debian package {@code chromium}; when it is missing, {@code scripts/install-chromium.sh} installs it (as root
 * through apt-get), and the test is skipped only when that is impossible.
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES)
class BrowserCorsTest {
    private static final Pattern RESULTS = Pattern.compile("<pre id=\"out\">([^<]*)</pre>");

    @TempDir
    static Path dir;
    private static String chromium;
    private static HttpServer allowedPages;
    private static HttpServer otherPages;
    private static ApigwServer server;
    private static CorsBackend backend;

    @BeforeAll
    static void start() throws Exception {
        chromium = chromium().orElse(null);
        Assumptions.assumeTrue(chromium != null, "chromium is not installed and scripts/install-chromium.sh could "
                + "not install it (see its message above)");
        backend = new CorsBackend();
        allowedPages = pageServer();
        otherPages = pageServer();
        String allowed = "http://127.0.0.1:" + allowedPages.getAddress().getPort();
        Path api = dir.resolve("openapi.yaml");
        Files.writeString(api, """
                openapi: 3.0.1
                info: { title: browser-cors, version: "1" }
                x-amazon-apigateway-importexport-version: "1.0"
                x-amazon-apigateway-cors:
                  allowOrigins: ["%s"]
                  allowMethods: [GET, PUT]
                  allowHeaders: [content-type, x-custom]
                  exposeHeaders: [x-secret]
                  maxAge: 0
                paths:
                  /items:
                    get:
                      x-amazon-apigateway-integration: { type: http_proxy, httpMethod: GET, uri: "http://%s/items", payloadFormatVersion: "1.0" }
                    put:
                      x-amazon-apigateway-integration: { type: http_proxy, httpMethod: PUT, uri: "http://%s/items", payloadFormatVersion: "1.0" }
                    delete:
                      x-amazon-apigateway-integration: { type: http_proxy, httpMethod: DELETE, uri: "http://%s/items", payloadFormatVersion: "1.0" }
                """.formatted(allowed, backend.hostAndPort(), backend.hostAndPort(), backend.hostAndPort()));
        ApiProject project = new ProjectLoader().load(api, ImportOptions.defaults()).project();
        server = ApigwServer.start(new Gateway(project, List.of(SimulatorOptions.stage("dev"))),
                new ServerSettings("127.0.0.1", 0));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (backend != null) {
            backend.close();
        }
        for (HttpServer pages : new HttpServer[] {allowedPages, otherPages}) {
            if (pages != null) {
                pages.stop(0);
            }
        }
    }

    @Test
    void browserAllowsTheConfiguredOriginMethodsAndHeadersOnly() throws Exception {
        String results = open(allowedPages);

        assertThat(results.split(";")).containsExactly(
                "get=ok:200:get:s3",
                "put=ok:200:put:s3",
                "delete=blocked");
    }

    @Test
    void browserBlocksAnOriginTheApiDoesNotAllow() throws Exception {
        String results = open(otherPages);

        assertThat(results.split(";")).containsExactly("get=blocked", "put=blocked", "delete=blocked");
    }

    /** Loads the page of this page server in headless Chromium and returns what it wrote into the DOM. */
    private static String open(HttpServer pages) throws Exception {
        String url = "http://127.0.0.1:" + pages.getAddress().getPort() + "/page.html?api="
                + "http://127.0.0.1:" + server.port() + "/dev";
        Path profile = Files.createTempDirectory(dir, "profile");
        List<String> command = List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--no-first-run", "--disable-extensions", "--user-data-dir=" + profile,
                "--virtual-time-budget=20000", "--dump-dom", url);
        Path out = dir.resolve("dom-" + pages.getAddress().getPort() + ".html");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("chromium did not finish within 90 s");
        }
        String dom = Files.readString(out);
        Matcher m = RESULTS.matcher(dom);
        assertThat(m.find()).as("results in the DOM:%n%s", dom).isTrue();
        return m.group(1);
    }

    private static HttpServer pageServer() throws IOException {
        HttpServer pages = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        pages.createContext("/page.html", exchange -> {
            byte[] body = PAGE.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream os = exchange.getResponseBody()) {
                os.write(body);
            }
        });
        pages.start();
        return pages;
    }

    /** Each call is "name=ok:status:body[:exposed header]" when the browser let the page read it, else "blocked". */
    private static final String PAGE = """
            <!DOCTYPE html>
            <html><body><pre id="out">pending</pre>
            <script>
            const api = new URLSearchParams(location.search).get("api");
            async function attempt(name, init) {
              try {
                const r = await fetch(api + "/items", init);
                const text = await r.text();
                const secret = r.headers.get("x-secret");
                return name + "=ok:" + r.status + ":" + text + (secret ? ":" + secret : "");
              } catch (e) {
                return name + "=blocked";
              }
            }
            (async () => {
              const results = [];
              results.push(await attempt("get", {}));
              results.push(await attempt("put", {method: "PUT", headers: {"X-Custom": "1",
                  "Content-Type": "application/json"}, body: "{}"}));
              results.push(await attempt("delete", {method: "DELETE"}));
              document.getElementById("out").textContent = results.join(";");
            })();
            </script></body></html>
            """;

    /** The chromium executable, installing it with the project's script when it is missing. */
    private static Optional<String> chromium() throws InterruptedException {
        Optional<String> found = onPath("chromium");
        if (found.isPresent()) {
            return found;
        }
        Path script = Path.of("..", "scripts", "install-chromium.sh").toAbsolutePath().normalize();
        if (!Files.isRegularFile(script)) {
            return Optional.empty();
        }
        try {
            Process install = new ProcessBuilder("sh", script.toString()).inheritIO().start();
            if (!install.waitFor(10, TimeUnit.MINUTES)) {
                install.destroyForcibly();
                return Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return onPath("chromium");
    }

    private static Optional<String> onPath(String name) {
        String path = System.getenv("PATH");
        List<String> dirs = new ArrayList<>(List.of((path == null ? "" : path).split(File.pathSeparator)));
        dirs.add("/usr/bin");
        for (String d : dirs) {
            Path candidate = Path.of(d.isEmpty() ? "." : d, name);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate.toString());
            }
        }
        return Optional.empty();
    }
}
