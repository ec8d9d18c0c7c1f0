package dev.apigw.simulator.lambda;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Optional;

/**
 * The Invoke payload of a Lambda non-proxy integration must be JSON: Lambda rejects anything else
 * (InvalidRequestContentException, "Could not parse request body into json: Could not parse payload into json:
 * ..." with its parser's message), and API Gateway answers the client 400 with that message. A template that
 * renders a trailing comma, or a non-JSON body passed through, fails here.
 */
final class LambdaPayload {
    private static final ObjectMapper STRICT = new ObjectMapper(JsonFactory.builder()
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build());

    private LambdaPayload() {
    }

    /** Lambda's complaint about the payload, if it has one. */
    static Optional<String> problem(byte[] payload) {
        if (new String(payload, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            return Optional.empty();
        }
        try (JsonParser parser = STRICT.createParser(payload)) {
            STRICT.readTree(parser);
            if (parser.nextToken() != null) {
                return Optional.of("Could not parse request body into json: Could not parse payload into json: "
                        + "Unexpected content after the JSON value");
            }
            return Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.of("Could not parse request body into json: Could not parse payload into json: "
                    + e.getMessage());
        } catch (IOException e) {
            return Optional.of("Could not parse request body into json: " + e.getMessage());
        }
    }
}
