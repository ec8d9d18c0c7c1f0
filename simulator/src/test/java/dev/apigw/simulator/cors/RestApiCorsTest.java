package dev.apigw.simulator.cors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.model.project.ApiProject;
import dev.apigw.openapi.cors.CorsOptions;
import dev.apigw.openapi.cors.EnableCors;
import dev.apigw.simulator.Simulator;
import dev.apigw.simulator.SimulatorOptions;
import dev.apigw.simulator.TestApis;
import dev.apigw.simulator.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * CORS of a REST API is what the API defines: an OPTIONS method (MOCK) mapping the Access-Control-* headers, and
 * Access-Control-Allow-Origin on the actual methods. These tests pin that it works as written, and as
 * {@code --enable-cors} writes it.
 */
class RestApiCorsTest {
    private static final String APP = "https://app.example.com";

    private static HttpResponse preflight(Simulator simulator, String path, String origin) {
        return simulator.invoke(TestApis.request("OPTIONS", path).header("Origin", origin)
                .header("Access-Control-Request-Method", "GET").build());
    }

    @Nested
    class AsDefined {
        private final Simulator simulator = TestApis.simulator("cors-rest.yaml");

        @Test
        void optionsMockAnswersThePreflightWithTheMappedHeaders() {
            HttpResponse response = preflight(simulator, "/items", APP);

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.header("Access-Control-Allow-Origin")).contains(APP);
            assertThat(response.header("Access-Control-Allow-Methods")).contains("GET,OPTIONS");
            assertThat(response.header("Access-Control-Allow-Headers"))
                    .contains("Content-Type,X-Amz-Date,Authorization,X-Api-Key,X-Amz-Security-Token");
        }

        @Test
        void actualMethodCarriesAllowOrigin() {
            HttpResponse response = simulator.invoke(TestApis.request("GET", "/items").header("Origin", APP).build());

            assertThat(response.header("Access-Control-Allow-Origin")).contains(APP);
            assertThat(response.bodyText()).isEqualTo("{\"items\": []}");
        }

        @Test
        void aResourceWithoutOptionsHasNoPreflightAnswer() {
            HttpResponse response = preflight(simulator, "/plain", APP);

            assertThat(response.status()).isEqualTo(403);
            assertThat(response.bodyText()).isEqualTo("{\"message\":\"Missing Authentication Token\"}");
        }
    }

    @Nested
    class AsEnableCorsWritesIt {
        private Simulator enabled(String... origins) {
            ApiProject project = TestApis.load("cors-rest.yaml");
            ApiProject cors = new ApiProject(EnableCors.apply(project.api(), CorsOptions.of(List.of(origins))),
                    project.config(), project.definitionFile());
            return Simulator.create(cors, SimulatorOptions.stage("dev"));
        }

        @Test
        void addedOptionsMethodAnswersThePreflight() {
            HttpResponse response = preflight(enabled("*"), "/plain", APP);

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.header("Access-Control-Allow-Origin")).contains("*");
            assertThat(response.header("Access-Control-Allow-Methods")).contains("GET,OPTIONS,PUT");
            assertThat(response.body()).isEmpty();
        }

        @Test
        void actualMethodsGetAllowOrigin() {
            HttpResponse response = enabled("*").invoke(TestApis.get("/plain"));

            assertThat(response.header("Access-Control-Allow-Origin")).contains("*");
            assertThat(response.bodyText()).isEqualTo("{\"plain\": true}");
        }

        @Test
        void severalOriginsEchoTheAllowedCallerOnly() {
            Simulator simulator = enabled("https://a.example.com", "https://b.example.com");

            HttpResponse b = preflight(simulator, "/plain", "https://b.example.com");
            HttpResponse other = preflight(simulator, "/plain", "https://evil.example.com");
            HttpResponse get = simulator.invoke(TestApis.request("GET", "/plain")
                    .header("Origin", "https://a.example.com").build());

            assertThat(b.header("Access-Control-Allow-Origin")).contains("https://b.example.com");
            assertThat(b.header("Vary")).contains("Origin");
            assertThat(other.header("Access-Control-Allow-Origin")).isEmpty();
            assertThat(other.header("Access-Control-Allow-Methods")).contains("GET,OPTIONS,PUT");
            assertThat(get.header("Access-Control-Allow-Origin")).contains("https://a.example.com");
            assertThat(get.bodyText()).isEqualTo("{\"plain\": true}");
        }
    }
}
