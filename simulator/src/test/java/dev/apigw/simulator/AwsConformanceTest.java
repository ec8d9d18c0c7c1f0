package dev.apigw.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.apigw.simulator.http.HttpRequest;
import dev.apigw.simulator.integration.TestBackend;
import dev.apigw.simulator.http.HttpResponse;
import dev.apigw.simulator.pipeline.Invocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every case of {@code src/test/resources/conformance/*.yaml}: a request against a fixture API and the exact
 * status, headers and body AWS answers. {@code ${requestId}} in expectations stands for the request's id. A file
 * with {@code backend: true} gets a real HTTP backend ({@link TestBackend}) in the stage variable {@code backend};
 * one with {@code gateway: true} sends its requests through the {@link Gateway}, with the stage in the path.
 */
class AwsConformanceTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Simulator> SIMULATORS = new HashMap<>();
    private static final Map<String, Gateway> GATEWAYS = new HashMap<>();
    private static TestBackend backend;

    @AfterAll
    static void stopBackend() {
        if (backend != null) {
            backend.close();
        }
        GATEWAYS.values().forEach(Gateway::close);
    }

    static Stream<Arguments> cases() throws IOException, URISyntaxException {
        Path dir = Path.of(AwsConformanceTest.class.getResource("/conformance").toURI());
        List<Arguments> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                JsonNode doc = YAML.readTree(file.toFile());
                for (JsonNode c : doc.get("cases")) {
                    all.add(Arguments.of(Named.of(file.getFileName() + ": " + c.get("name").asText(), c), doc));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void answersAsAwsDoes(JsonNode c, JsonNode doc) {
        Invocation inv = doc.path("gateway").asBoolean(false)
                ? gateway(doc).execute(request(c.get("request"))).orElseThrow()
                : simulator(doc).execute(request(c.get("request")));
        HttpResponse response = inv.response().orElseThrow();
        JsonNode expect = c.get("expect");
        String trace = String.join("\n", inv.trace().stream().map(Object::toString).toList());

        assertThat(response.status()).as("status\n" + trace).isEqualTo(expect.get("status").asInt());
        if (expect.has("body")) {
            assertThat(response.bodyText()).as("body").isEqualTo(expand(expect.get("body").asText(), inv));
        }
        if (expect.has("json")) {
            try {
                assertThat(JSON.readTree(response.bodyText())).as("json body")
                        .isEqualTo(JSON.readTree(expand(expect.get("json").asText(), inv)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (expect.has("jsonSubset")) {
            try {
                assertSubset(JSON.readTree(expect.get("jsonSubset").asText()), JSON.readTree(response.bodyText()), "$");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (expect.has("bodyContains")) {
            expect.get("bodyContains").forEach(s -> assertThat(response.bodyText()).contains(s.asText()));
        }
        if (expect.has("headers")) {
            expect.get("headers").fields().forEachRemaining(h -> assertThat(response.header(h.getKey()))
                    .as("header " + h.getKey()).hasValue(expand(h.getValue().asText(), inv)));
        }
        if (expect.has("headerValues")) { // every value of the header, where "headers" checks the first one
            expect.get("headerValues").fields().forEachRemaining(h -> {
                List<String> values = new ArrayList<>();
                h.getValue().forEach(v -> values.add(v.asText()));
                assertThat(dev.apigw.simulator.http.HttpHeaders.all(response.headers(), h.getKey()))
                        .as("values of header " + h.getKey()).isEqualTo(values);
            });
        }
        if (expect.has("presentHeaders")) {
            expect.get("presentHeaders").forEach(h -> assertThat(response.header(h.asText())).isPresent());
        }
        if (expect.has("absentHeaders")) {
            expect.get("absentHeaders").forEach(h -> assertThat(response.header(h.asText()))
                    .as("header " + h.asText()).isEmpty());
        }
    }

    /** Every field of {@code expected} is in {@code actual} with the same value; arrays compare whole. */
    private static void assertSubset(JsonNode expected, JsonNode actual, String path) {
        if (!expected.isObject()) {
            assertThat(actual).as(path).isEqualTo(expected);
            return;
        }
        assertThat(actual.isObject()).as(path + " is an object: " + actual).isTrue();
        expected.fields().forEachRemaining(f -> {
            assertThat(actual.has(f.getKey())).as(path + "." + f.getKey() + " in " + actual).isTrue();
            assertSubset(f.getValue(), actual.get(f.getKey()), path + "." + f.getKey());
        });
    }

    private static Simulator simulator(JsonNode doc) {
        String api = doc.get("api").asText();
        String stage = doc.path("stage").asText("dev");
        Map<String, String> vars = new HashMap<>();
        if (doc.has("stageVariables")) {
            doc.get("stageVariables").fields().forEachRemaining(e -> vars.put(e.getKey(), e.getValue().asText()));
        }
        if (doc.path("backend").asBoolean(false)) {
            vars.put("backend", backend().hostAndPort());
        }
        return SIMULATORS.computeIfAbsent(api + stage + vars, k -> TestApis.simulator(api, stage, vars));
    }

    /** {@code gateway: true}: requests go through the front door, their paths starting with the stage. */
    private static Gateway gateway(JsonNode doc) {
        String api = doc.get("api").asText();
        String stage = doc.path("stage").asText("dev");
        return GATEWAYS.computeIfAbsent(api + stage, k -> new Gateway(TestApis.load(api),
                List.of(SimulatorOptions.stage(stage).withWorkingDirectory(TestApis.fixture(api).getParent()))));
    }

    private static synchronized TestBackend backend() {
        if (backend == null) {
            try {
                backend = new TestBackend();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return backend;
    }

    private static HttpRequest request(JsonNode r) {
        HttpRequest.Builder b = HttpRequest.builder(r.get("method").asText(), r.get("path").asText());
        if (r.has("headers")) {
            r.get("headers").fields().forEachRemaining(h -> b.header(h.getKey(), h.getValue().asText()));
        }
        if (r.has("body")) {
            b.body(r.get("body").asText());
        }
        if (r.has("bodySize")) {
            b.body(new byte[r.get("bodySize").asInt()]);
        }
        return b.build();
    }

    private static String expand(String expected, Invocation inv) {
        return expected.replace("${requestId}", inv.requestId());
    }
}
