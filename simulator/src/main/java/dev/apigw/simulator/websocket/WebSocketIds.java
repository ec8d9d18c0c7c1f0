package dev.apigw.simulator.websocket;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Ids shaped like API Gateway's: connection ids such as {@code L0SM9cOFvHcCIhw=} (11 random bytes, base64, so they
 * end in {@code =} and must be URL-encoded in {@code @connections} paths, as real ones must), and message/request
 * ids of the same form.
 */
final class WebSocketIds {
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebSocketIds() {
    }

    static String next() {
        byte[] bytes = new byte[11];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
