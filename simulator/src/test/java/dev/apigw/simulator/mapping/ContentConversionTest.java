package dev.apigw.simulator.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.model.api.ContentHandling;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** AWS's "Content type conversions in REST APIs" tables, row by row. */
class ContentConversionTest {
    private static Optional<ContentHandling> handling(String value) {
        return value.equals("UNDEFINED") ? Optional.empty() : Optional.of(ContentHandling.valueOf(value));
    }

    @ParameterizedTest(name = "{0} payload, {1} -> {2}")
    @CsvSource({
        "text,   UNDEFINED,         NONE",
        "text,   CONVERT_TO_BINARY, DECODE",
        "text,   CONVERT_TO_TEXT,   NONE",
        "binary, UNDEFINED,         NONE",
        "binary, CONVERT_TO_BINARY, NONE",
        "binary, CONVERT_TO_TEXT,   ENCODE"})
    void integrationRequest(String payload, String contentHandling, ContentConversion expected) {
        assertThat(ContentConversion.forRequest(payload.equals("binary"), handling(contentHandling)))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} payload, {1} Accept, {2} -> {3}")
    @CsvSource({
        "text,   text,   UNDEFINED,         NONE",
        "text,   text,   CONVERT_TO_BINARY, DECODE",
        "text,   text,   CONVERT_TO_TEXT,   NONE",
        "text,   binary, UNDEFINED,         DECODE",
        "text,   binary, CONVERT_TO_BINARY, DECODE",
        "text,   binary, CONVERT_TO_TEXT,   NONE",
        "binary, text,   UNDEFINED,         ENCODE",
        "binary, text,   CONVERT_TO_BINARY, NONE",
        "binary, text,   CONVERT_TO_TEXT,   ENCODE",
        "binary, binary, UNDEFINED,         NONE",
        "binary, binary, CONVERT_TO_BINARY, NONE",
        "binary, binary, CONVERT_TO_TEXT,   ENCODE"})
    void methodResponse(String payload, String accept, String contentHandling, ContentConversion expected) {
        assertThat(ContentConversion.forResponse(payload.equals("binary"), accept.equals("binary"),
                handling(contentHandling))).isEqualTo(expected);
    }
}
