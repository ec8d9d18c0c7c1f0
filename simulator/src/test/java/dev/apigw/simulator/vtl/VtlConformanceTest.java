package dev.apigw.simulator.vtl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every case in {@code vtl-conformance/}: templates and requests from AWS's developer guide, with the output
 * API Gateway produces. Where a page shows the exact output, the case uses it verbatim.
 */
class VtlConformanceTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final VtlEngine ENGINE = new VtlEngine();

    static Stream<Arguments> cases() throws IOException, URISyntaxException {
        return files().stream().map(file -> Arguments.of(file.getFileName().toString(), read(file)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rendersAsApiGatewayDoes(String file, ConformanceCase c) {
        TemplateInput input = c.input(context(c));
        if (c.expectedError() != null) {
            assertThatThrownBy(() -> ENGINE.render(file, c.template(), input))
                    .as(c.title())
                    .isInstanceOf(TemplateException.class)
                    .hasMessageContaining(c.expectedError());
            return;
        }
        RenderResult result = ENGINE.render(file, c.template(), input);
        assertThat(result.output()).as(c.title()).isEqualTo(c.expected());
        if (c.expectedStatusOverride() != null) {
            assertThat(result.statusOverride()).as("status override").contains(c.expectedStatusOverride());
        } else {
            assertThat(result.statusOverride()).as("status override").isEmpty();
        }
        assertThat(result.responseHeaderOverrides()).as("response headers")
                .isEqualTo(orEmpty(c.expectedResponseHeaders()));
        assertThat(result.requestHeaderOverrides()).as("request headers")
                .isEqualTo(orEmpty(c.expectedRequestHeaders()));
        assertThat(result.requestQueryOverrides()).as("request query").isEqualTo(orEmpty(c.expectedRequestQuery()));
        assertThat(result.requestPathOverrides()).as("request path").isEqualTo(orEmpty(c.expectedRequestPath()));
    }

    @Test
    void suiteHasAtLeastEightyCasesEachCitingAnAwsPage() throws IOException, URISyntaxException {
        List<Path> files = files();
        assertThat(files).hasSizeGreaterThanOrEqualTo(80);
        for (Path file : files) {
            ConformanceCase c = read(file);
            assertThat(c.source()).as(file + " source").startsWith("https://docs.aws.amazon.com/apigateway/");
            assertThat(c.title()).as(file + " title").isNotBlank();
            assertThat(c.template()).as(file + " template").isNotNull();
            assertThat(c.expected() != null || c.expectedError() != null).as(file + " expectation").isTrue();
        }
    }

    /** Fixed values for everything ContextBuilder would otherwise randomise, then the case's own values. */
    private static Map<String, Object> context(ConformanceCase c) {
        ContextBuilder builder = ContextBuilder.defaults()
                .requestId("c6af9ac6-7b61-11e6-9a41-93e8deadbeef")
                .apiId("abcd1234")
                .stage("prod")
                .resourceId("efg567")
                .requestTime(Instant.parse("2024-05-06T07:08:09.010Z"))
                .set("extendedRequestId", "c6af9ac6-7b61-11e6-9a41-93e8deadbeef-ext")
                .set("awsEndpointRequestId", "d7bf0bd7-8c72-22f7-0b52-04f9efbeef01")
                .set("xrayTraceId", "Root=1-663882e9-6e5f4a3b2c1d0e9f8a7b6c5d")
                .set("identity.sourceIp", "192.0.2.1")
                .set("identity.userAgent", "curl/7.84.0");
        return builder.merge(c.context()).build();
    }

    private static <V> Map<String, V> orEmpty(Map<String, V> map) {
        return map == null ? Map.of() : map;
    }

    private static List<Path> files() throws IOException, URISyntaxException {
        Path dir = Path.of(VtlConformanceTest.class.getResource("/vtl-conformance").toURI());
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    private static ConformanceCase read(Path file) {
        try {
            return YAML.readValue(file.toFile(), ConformanceCase.class);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
