package dev.apigw.simulator.integration;

import static dev.apigw.simulator.TestApis.request;
import static dev.apigw.simulator.integration.BinaryBackend.PNG;
import static dev.apigw.simulator.integration.BinaryBackend.base64;
import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.simulator.Simulator;
import dev.apigw.simulator.TestApis;
import dev.apigw.simulator.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Binary media types and contentHandling on non-proxy integrations, byte for byte against a real backend. */
@Timeout(20)
class BinaryContentTest {
    private static BinaryBackend backend;
    private static Simulator simulator;

    @BeforeAll
    static void start() throws Exception {
        backend = new BinaryBackend();
        simulator = TestApis.simulator("binary.yaml", Map.of("backend", backend.hostAndPort()));
    }

    @AfterAll
    static void stop() {
        backend.close();
    }

    @Nested
    class IntegrationRequest {
        @Test
        void binaryPayloadPassesThroughUntouchedAndUntemplated() {
            HttpResponse response = simulator.invoke(request("POST", "/upload").header("Content-Type", "image/png")
                    .header("Accept", "image/png").body(PNG).build());
            assertThat(backend.lastBody()).isEqualTo(PNG);
            assertThat(response.body()).isEqualTo(PNG);
            assertThat(response.header("Content-Type")).hasValue("image/png");
        }

        @Test
        void convertToTextBase64EncodesTheBinaryPayloadBeforeTheTemplate() {
            simulator.invoke(request("POST", "/upload-as-text").header("Content-Type", "image/png").body(PNG).build());
            assertThat(new String(backend.lastBody(), StandardCharsets.UTF_8))
                    .isEqualTo("{\"data\": \"" + base64(PNG) + "\"}");
        }

        @Test
        void convertToBinaryBase64DecodesATextPayload() {
            HttpResponse response = simulator.invoke(request("POST", "/upload-decoded")
                    .header("Content-Type", "text/plain").header("Accept", "image/png").body(base64(PNG)).build());
            assertThat(backend.lastBody()).isEqualTo(PNG);
            assertThat(response.body()).as("binary payload to a binary Accept").isEqualTo(PNG);
        }

        @Test
        void convertToBinaryOfTextThatIsNotBase64Is500() {
            HttpResponse response = simulator.invoke(request("POST", "/upload-decoded")
                    .header("Content-Type", "text/plain").body("not base64!").build());
            assertThat(response.status()).isEqualTo(500);
            assertThat(response.bodyText()).isEqualTo("{\"message\": \"Internal server error\"}");
        }
    }

    @Nested
    class MethodResponse {
        @Test
        void binaryPayloadToABinaryAcceptStaysBinary() {
            assertThat(simulator.invoke(request("GET", "/download").header("Accept", "image/png").build()).body())
                    .isEqualTo(PNG);
        }

        @Test
        void binaryPayloadToATextAcceptIsBase64Encoded() {
            HttpResponse response = simulator.invoke(request("GET", "/download")
                    .header("Accept", "application/json").build());
            assertThat(response.bodyText()).isEqualTo(base64(PNG));
        }

        @Test
        void onlyTheFirstAcceptedTypeCounts() {
            HttpResponse response = simulator.invoke(request("GET", "/download")
                    .header("Accept", "text/html, image/png").build());
            assertThat(response.bodyText()).isEqualTo(base64(PNG));
        }

        @Test
        void convertToBinaryKeepsBinaryWhateverTheAccept() {
            assertThat(simulator.invoke(request("GET", "/download-binary").header("Accept", "application/json")
                    .build()).body()).isEqualTo(PNG);
        }

        @Test
        void base64TextToABinaryAcceptIsDecodedSoTheRoundTripIsExact() {
            assertThat(simulator.invoke(request("GET", "/download-decoded").header("Accept", "image/webp").build())
                    .body()).as("image/* matches image/webp").isEqualTo(PNG);
            assertThat(simulator.invoke(request("GET", "/download-decoded").build()).bodyText())
                    .isEqualTo(base64(PNG));
        }

        @Test
        void mockResponseTemplateIsDecodedWithConvertToBinary() {
            HttpResponse response = simulator.invoke(request("GET", "/mock-image").header("Accept", "image/png")
                    .build());
            assertThat(response.body()).isEqualTo(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
            assertThat(response.header("Content-Type")).hasValue("image/png");
        }
    }
}
