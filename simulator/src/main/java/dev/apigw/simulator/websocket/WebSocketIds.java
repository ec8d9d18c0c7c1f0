package dev.apigw.simulator.websocket;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Ids shaped like API Gateway's: connection ids such as {@code L0SM9cOFvHcCIhw=} (11 random bytes, base64, so they
 * end in {@code =} and must be URL-encoded in {@code @connections} paths, as real ones must), and message/request
 * ids of the same form (letters and digits, then {@code =}).
 */
public final class WebSocketIds {
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebSocketIds() {
    }

    /**
     * Ids without {@code /} or {@code +}: a {@code %2F} in a path is refused by the HTTP server as an ambiguous
     * separator, and ids also end up in file names and URLs of backends.
     */
    public static String next() {
        byte[] bytes = new byte[11];
        while (true) {
            RANDOM.nextBytes(bytes);
            String id = Base64.getEncoder().encodeToString(bytes);
            if (id.indexOf('/') < 0 && id.indexOf('+') < 0) {
                return id;
            }
        }
    }
}
