package dev.apigw.simulator.websocket;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Payload conversions of WebSocket routes ({@code contentHandlingStrategy}): base64 text to bytes and back, and
 * which frame carries some bytes to the client. Clients only ever send text frames that reach a route (API Gateway
 * closes the connection on a binary frame), so a message is always text; only what goes to a backend or comes back
 * from one can be binary.
 */
public final class Payloads {
    private Payloads() {
    }

    /**
     * {@code CONVERT_TO_BINARY}: the bytes a base64 text encodes. Line breaks and spaces are tolerated; anything else
     * outside the alphabet fails the route with API Gateway's {@code Internal server error} (a configuration error).
     */
    static byte[] decode(String text, String what) {
        try {
            return Base64.getDecoder().decode(text.replaceAll("\\s+", ""));
        } catch (IllegalArgumentException e) {
            throw new RouteFailure(500, "unable to convert the " + what + " to binary (CONVERT_TO_BINARY): it is not "
                    + "base64 text (" + e.getMessage() + ")");
        }
    }

    /** {@code CONVERT_TO_TEXT}: the base64 text of some bytes. */
    static String encode(byte[] data) {
        return Base64.getEncoder().encodeToString(data);
    }

    /** The bytes as text when they are valid UTF-8 (they can go in a text frame), else empty. */
    public static Optional<String> utf8(byte[] data) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /**
     * Sends bytes whose frame type AWS leaves undocumented (an {@code @connections} POST body, a backend's answer
     * passed through unconverted): a text frame when they are UTF-8 text, else a binary frame, so no byte is lost
     * and a client never gets a text frame that is not UTF-8 (which it must reject).
     */
    public static void send(ClientChannel channel, byte[] data) {
        Optional<String> text = utf8(data);
        if (text.isPresent()) {
            channel.send(text.get());
        } else {
            channel.sendBinary(data);
        }
    }
}
