package dev.apigw.simulator.cors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.model.api.ApiType;
import dev.apigw.model.api.CorsConfiguration;
import dev.apigw.simulator.Simulator;
import dev.apigw.simulator.TestApis;
import dev.apigw.simulator.http.HttpResponse;
import dev.apigw.simulator.pipeline.Invocation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** CORS of an HTTP API ({@code x-amazon-apigateway-cors}) through {@link Simulator#execute}. */
class HttpApiCorsTest {
    private static final String APP = "https://app.example.com";
    private static CorsBackend backend;
    private static Simulator simulator;

    @BeforeAll
    static void start() throws Exception {
        backend = new CorsBackend();
        simulator = TestApis.simulator("cors-http.yaml", Map.of("backend", backend.hostAndPort()));
    }

    @AfterAll
    static void stop() {
        backend.close();
    }

    private HttpResponse preflight(String path, String origin) {
        return simulator.invoke(TestApis.request("OPTIONS", path).header("Origin", origin)
                .header("Access-Control-Request-Method", "PUT").header("Access-Control-Request-Headers", "x-custom")
                .build());
    }

    private static List<String> corsHeaderNames(HttpResponse response) {
        return response.headers().keySet().stream().filter(n -> n.toLowerCase().startsWith("access-control-"))
                .toList();
    }

    @Nested
    class Preflight {
        @Test
        void fixtureIsAnHttpApi() {
            assertThat(simulator.deployment().api().type()).isEqualTo(ApiType.HTTP);
        }

        @Test
        void allowedOriginGets204WithTheConfiguredHeaders() {
            Invocation inv = simulator.execute(TestApis.request("OPTIONS", "/items").header("Origin", APP)
                    .header("Access-Control-Request-Method", "PUT").build());
            HttpResponse response = inv.response().orElseThrow();

            assertThat(response.status()).isEqualTo(204);
            assertThat(response.body()).isEmpty();
            assertThat(response.header("Access-Control-Allow-Origin")).contains(APP);
            assertThat(response.header("Access-Control-Allow-Methods")).contains("GET,PUT");
            assertThat(response.header("Access-Control-Allow-Headers")).contains("content-type,x-custom");
            assertThat(response.header("Access-Control-Max-Age")).contains("600");
            assertThat(response.header("Access-Control-Allow-Credentials")).contains("true");
            assertThat(inv.method()).isEmpty();
        }

        @Test
        void isAnsweredForPathsWithoutAnyRoute() {
            HttpResponse response = preflight("/no/such/route", APP);

            assertThat(response.status()).isEqualTo(204);
            assertThat(response.header("Access-Control-Allow-Origin")).contains(APP);
        }

        @Test
        void otherOriginGets204WithoutCorsHeaders() {
            HttpResponse response = preflight("/items", "https://evil.example.com");

            assertThat(response.status()).isEqualTo(204);
            assertThat(corsHeaderNames(response)).isEmpty();
        }

        @Test
        void optionsWithoutAccessControlRequestMethodIsNotAPreflight() {
            HttpResponse response = simulator.invoke(TestApis.request("OPTIONS", "/items").header("Origin", APP)
                    .build());

            assertThat(response.status()).isNotEqualTo(204);
            assertThat(response.header("Access-Control-Allow-Methods")).isEmpty();
        }
    }

    @Nested
    class ActualRequests {
        @Test
        void allowedOriginGetsAllowOriginExposeHeadersAndCredentials() {
            HttpResponse response = simulator.invoke(TestApis.request("GET", "/items").header("Origin", APP).build());

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.bodyText()).isEqualTo("get");
            assertThat(response.header("Access-Control-Allow-Origin")).contains(APP);
            assertThat(response.header("Access-Control-Expose-Headers")).contains("x-secret");
            assertThat(response.header("Access-Control-Allow-Credentials")).contains("true");
            assertThat(response.header("X-Secret")).contains("s3");
        }

        @Test
        void corsHeadersFromTheIntegrationAreIgnored() {
            HttpResponse allowed = simulator.invoke(TestApis.request("GET", "/items").header("Origin", APP).build());
            HttpResponse other = simulator.invoke(TestApis.request("GET", "/items")
                    .header("Origin", "https://evil.example.com").build());

            assertThat(allowed.header("Access-Control-Allow-Methods")).isEmpty();
            assertThat(corsHeaderNames(other)).isEmpty();
            assertThat(other.status()).isEqualTo(200);
        }

        @Test
        void requestWithoutOriginGetsNoCorsHeaders() {
            HttpResponse response = simulator.invoke(TestApis.get("/items"));

            assertThat(corsHeaderNames(response)).isEmpty();
        }
    }

    @Nested
    class Origins {
        private CorsPolicy policy(List<String> origins, boolean credentials) {
            return new CorsPolicy(new CorsConfiguration(Optional.of(origins), Optional.of(credentials),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
        }

        @Test
        void wildcardAllowsEveryOriginAsStar() {
            assertThat(policy(List.of("*"), false).allowOrigin("http://127.0.0.1:8080")).contains("*");
        }

        @Test
        void schemePrefixPatternEchoesTheOrigin() {
            CorsPolicy https = policy(List.of("https://*"), false);

            assertThat(https.allowOrigin("https://a.example.com")).contains("https://a.example.com");
            assertThat(https.allowOrigin("http://a.example.com")).isEmpty();
        }

        @Test
        void listedOriginsCompareCaseInsensitivelyAndEchoTheCaller() {
            assertThat(policy(List.of("https://App.Example.com"), false).allowOrigin(APP)).contains(APP);
        }

        @Test
        void missingOriginIsNeverAllowed() {
            assertThat(policy(List.of("*"), false).allowOrigin("")).isEmpty();
        }

        @Test
        void wildcardWithCredentialsIsFlagged() {
            assertThat(policy(List.of("*"), true).wildcardWithCredentials()).isTrue();
            assertThat(policy(List.of(APP), true).wildcardWithCredentials()).isFalse();
        }
    }
}
