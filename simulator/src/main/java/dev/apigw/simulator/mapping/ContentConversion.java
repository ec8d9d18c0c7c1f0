package dev.apigw.simulator.mapping;

import dev.apigw.model.api.ContentHandling;
import dev.apigw.simulator.gateway.GatewayErrors;
import dev.apigw.simulator.pipeline.Invocation;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * What API Gateway does to a non-proxy payload between method and integration, from the tables of "Content type
 * conversions in REST APIs". A payload is binary when its Content-Type matches the API's binary media types; the
 * client wants binary when the first type of its Accept header does. Templates only ever see text, so an encoded
 * payload is templated after encoding and a decoded one before decoding.
 */
public enum ContentConversion {
    /** The bytes pass unchanged. */
    NONE,
    /** Binary becomes its base64 text. */
    ENCODE,
    /** Text is read as base64 and becomes the bytes it encodes. */
    DECODE;

    /**
     * Integration request: binary data with CONVERT_TO_TEXT is encoded, text data with CONVERT_TO_BINARY is
     * decoded, everything else passes (binary stays binary, text stays text).
     */
    public static ContentConversion forRequest(boolean binaryPayload, Optional<ContentHandling> handling) {
        if (binaryPayload) {
            return handling.filter(h -> h == ContentHandling.CONVERT_TO_TEXT).isPresent() ? ENCODE : NONE;
        }
        return handling.filter(h -> h == ContentHandling.CONVERT_TO_BINARY).isPresent() ? DECODE : NONE;
    }

    /**
     * Method response: without contentHandling the payload follows the client's Accept (binary data to a text
     * type is encoded, text data to a binary type decoded); CONVERT_TO_TEXT encodes binary data and keeps text;
     * CONVERT_TO_BINARY decodes text data and keeps binary. With no binary media types at all, neither payload
     * nor Accept is ever binary, which gives the table's "Undefined" rows.
     */
    public static ContentConversion forResponse(boolean binaryPayload, boolean binaryAccept,
            Optional<ContentHandling> handling) {
        if (binaryPayload) {
            boolean toText = handling.map(h -> h == ContentHandling.CONVERT_TO_TEXT).orElse(!binaryAccept);
            return toText ? ENCODE : NONE;
        }
        boolean toBinary = handling.map(h -> h == ContentHandling.CONVERT_TO_BINARY).orElse(binaryAccept);
        return toBinary ? DECODE : NONE;
    }

    /** Whether the payload is text once converted (templates apply only then). */
    public boolean yieldsText(boolean binaryPayload) {
        return switch (this) {
            case NONE -> !binaryPayload;
            case ENCODE -> true;
            case DECODE -> false;
        };
    }

    /** Converts; text that is not base64 fails the request as AWS does (500, a configuration error). */
    public byte[] apply(byte[] payload, Invocation inv, String step) {
        return switch (this) {
            case NONE -> payload;
            case ENCODE -> Base64.getEncoder().encode(payload);
            case DECODE -> decode(payload, inv, step);
        };
    }

    private static byte[] decode(byte[] payload, Invocation inv, String step) {
        try {
            // Line breaks and padding spaces are tolerated; anything else outside the alphabet is an error.
            String text = new String(payload, StandardCharsets.ISO_8859_1).replaceAll("\\s+", "");
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            inv.logError(step, "Execution failed due to configuration error: unable to convert the payload to binary, "
                    + "it is not base64 text (" + e.getMessage() + ")");
            throw GatewayErrors.internalError();
        }
    }
}
