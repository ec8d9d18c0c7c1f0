package dev.apigw.simulator.compression;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.simulator.Simulator;
import dev.apigw.simulator.TestApis;
import dev.apigw.simulator.http.HttpHeaders;
import dev.apigw.simulator.http.HttpResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CompressionTest {
    private final Simulator simulator = TestApis.simulator("compression.yaml");

    private HttpResponse get(String path, String acceptEncoding) {
        return simulator.execute(TestApis.request("GET", path).header("Accept-Encoding", acceptEncoding)
                .build()).response().orElseThrow();
    }

    private static String decodeText(ContentCoding coding, byte[] body) throws IOException {
        return new String(coding.decode(body, 1_000_000), StandardCharsets.UTF_8);
    }

    @Nested
    class Responses {
        @Test
        void compressesAMappedPayloadAtLeastTheMinimumSizeInTheClientsPreferredCoding() throws IOException {
            HttpResponse response = get("/big", "gzip, deflate, br");

            assertThat(HttpHeaders.first(response.headers(), "Content-Encoding")).contains("gzip");
            assertThat(decodeText(ContentCoding.GZIP, response.body())).startsWith("{\"items\": [\"item-1\",")
                    .endsWith("\"item-40\"]}");
        }

        @Test
        void usesDeflateWhenTheClientRanksItHighest() throws IOException {
            HttpResponse response = get("/big", "gzip;q=0.5, deflate;q=0.9");

            assertThat(HttpHeaders.first(response.headers(), "Content-Encoding")).contains("deflate");
            assertThat(decodeText(ContentCoding.DEFLATE, response.body())).endsWith("\"item-40\"]}");
        }

        @Test
        void leavesThePayloadAloneWhenTheTopCodingIsUnsupportedOrIdentityOrMissing() {
            for (String accept : List.of("br, gzip;q=0.8", "identity", "*")) {
                HttpResponse response = get("/big", accept);
                assertThat(HttpHeaders.contains(response.headers(), "Content-Encoding")).as(accept).isFalse();
                assertThat(new String(response.body(), StandardCharsets.UTF_8)).as(accept).startsWith("{\"items\"");
            }
            HttpResponse noHeader = simulator.execute(TestApis.get("/big")).response().orElseThrow();
            assertThat(HttpHeaders.contains(noHeader.headers(), "Content-Encoding")).isFalse();
        }

        @Test
        void leavesPayloadsSmallerThanTheMinimumAlone() {
            HttpResponse response = get("/small", "gzip");

            assertThat(HttpHeaders.contains(response.headers(), "Content-Encoding")).isFalse();
            assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("{\"ok\": true}");
        }

        @Test
        void trustsAContentEncodingTheIntegrationResponseAlreadySet() {
            HttpResponse response = get("/encoded", "gzip");

            assertThat(HttpHeaders.first(response.headers(), "Content-Encoding")).contains("br");
            assertThat(new String(response.body(), StandardCharsets.UTF_8)).startsWith("{\"items\"");
        }

        @Test
        void neverCompressesWithoutAMinimumCompressionSize() {
            Simulator plain = TestApis.simulator("mock.yaml");
            HttpResponse response = plain.execute(TestApis.request("GET", "/pets")
                    .header("Accept-Encoding", "gzip").build()).response().orElseThrow();

            assertThat(HttpHeaders.contains(response.headers(), "Content-Encoding")).isFalse();
        }

        @Test
        void leavesGatewayErrorResponsesUncompressed() {
            HttpResponse response = get("/missing", "gzip");

            assertThat(response.status()).isEqualTo(403);
            assertThat(HttpHeaders.contains(response.headers(), "Content-Encoding")).isFalse();
        }
    }

    @Nested
    class Requests {
        private HttpResponse post(String contentEncoding, byte[] body) {
            return simulator.execute(TestApis.request("POST", "/echo").header("Content-Type", "application/json")
                    .header("Content-Encoding", contentEncoding).body(body).build()).response().orElseThrow();
        }

        @Test
        void decompressesGzipAndDeflatePayloadsBeforeMappingTemplatesSeeThem() throws IOException {
            byte[] json = "{\"name\": \"rex\"}".getBytes(StandardCharsets.UTF_8);

            for (ContentCoding coding : List.of(ContentCoding.GZIP, ContentCoding.DEFLATE)) {
                HttpResponse response = post(coding.token(), compress(coding, json));
                assertThat(response.status()).as(coding.token()).isEqualTo(200);
                assertThat(new String(response.body(), StandardCharsets.UTF_8)).as(coding.token())
                        .isEqualTo("{\"decoded\": true}");
            }
        }

        @Test
        void theDecodedRequestDeclaresItsOwnLengthAndNoEncoding() throws IOException {
            byte[] json = "{\"name\": \"rex\"}".getBytes(StandardCharsets.UTF_8);
            byte[] gzipped = compress(ContentCoding.GZIP, json);
            dev.apigw.simulator.pipeline.Invocation inv = simulator.execute(TestApis.request("POST", "/echo")
                    .header("Content-Type", "application/json").header("Content-Encoding", "gzip")
                    .header("Content-Length", Integer.toString(gzipped.length)).body(gzipped).build());

            assertThat(inv.request().body()).isEqualTo(json);
            assertThat(HttpHeaders.first(inv.request().headers(), "Content-Length"))
                    .contains(Integer.toString(json.length));
            assertThat(HttpHeaders.contains(inv.request().headers(), "Content-Encoding")).isFalse();
        }

        @Test
        void answers415ForAnUnsupportedCoding() {
            HttpResponse response = post("br", new byte[] {1, 2, 3});

            assertThat(response.status()).isEqualTo(415);
            assertThat(new String(response.body(), StandardCharsets.UTF_8))
                    .isEqualTo("{\"message\":\"Unsupported Media Type\"}");
        }

        @Test
        void answers415WhenThePayloadIsNotInTheCodingItClaims() {
            HttpResponse response = post("gzip", "{\"name\": \"rex\"}".getBytes(StandardCharsets.UTF_8));

            assertThat(response.status()).isEqualTo(415);
        }

        @Test
        void passesIdentityPayloadsThrough() {
            HttpResponse response = post("identity", "{\"name\": \"rex\"}".getBytes(StandardCharsets.UTF_8));

            assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("{\"decoded\": true}");
        }

        private static byte[] compress(ContentCoding coding, byte[] plain) throws IOException {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            try (var out = coding == ContentCoding.GZIP ? new GZIPOutputStream(buffer)
                    : new DeflaterOutputStream(buffer)) {
                out.write(plain);
            }
            return buffer.toByteArray();
        }
    }

    @Nested
    class AcceptEncodingHeader {
        @Test
        void picksTheHighestQualityAndTheFirstAmongEquals() {
            assertThat(AcceptEncoding.preferred(List.of("deflate, gzip"))).contains(ContentCoding.DEFLATE);
            assertThat(AcceptEncoding.preferred(List.of("deflate;q=0.1", "GZIP;Q=0.3"))).contains(ContentCoding.GZIP);
            assertThat(AcceptEncoding.preferred(List.of("gzip;q=0"))).isEqualTo(Optional.empty());
            assertThat(AcceptEncoding.preferred(List.of("br"))).isEmpty();
            assertThat(AcceptEncoding.preferred(List.of())).isEmpty();
        }
    }

    @Test
    void answers413ForAPayloadThatDecodesBeyondTheLimit() {
        RequestDecompressionHandler handler = new RequestDecompressionHandler(4096);
        byte[] zeros = ContentCoding.GZIP.encode(new byte[5000]);
        dev.apigw.simulator.pipeline.Invocation inv = new dev.apigw.simulator.pipeline.Invocation(
                TestApis.request("POST", "/echo").header("Content-Encoding", "gzip").body(zeros).build(),
                simulator.deployment(), java.time.Instant.now());

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> handler.handle(inv))
                .isInstanceOfSatisfying(dev.apigw.simulator.gateway.GatewayResponseException.class,
                        e -> assertThat(e.status()).isEqualTo(413));
    }
}
