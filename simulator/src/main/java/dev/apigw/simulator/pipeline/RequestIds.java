package dev.apigw.simulator.pipeline;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

/** The ids API Gateway (and Lambda) put on every request. */
public final class RequestIds {
    private static final String ID_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private RequestIds() {
    }

    /**
     * A random (version 4) UUID for {@code x-amzn-RequestId}. Request ids need to be unique, not unguessable, and
     * {@link java.util.UUID#randomUUID()} serialises every request on one shared SecureRandom.
     */
    public static String requestId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new java.util.UUID(most, least).toString();
    }

    /** Like {@code $context.extendedRequestId} / {@code x-amz-apigw-id}: 15 characters and {@code =}. */
    static String extendedRequestId() {
        // Ten random bits per character, six characters per random long: a third of the random draws one per
        // character would take. The modulo leaves a slight bias, which an id that only needs to be unique can carry.
        ThreadLocalRandom random = ThreadLocalRandom.current();
        byte[] id = new byte[16];
        long bits = 0;
        for (int i = 0; i < 15; i++) {
            if (i % 6 == 0) {
                bits = random.nextLong();
            }
            id[i] = (byte) ID_CHARS.charAt((int) ((bits & 0x3FF) % ID_CHARS.length()));
            bits >>>= 10;
        }
        id[15] = '=';
        return new String(id, StandardCharsets.ISO_8859_1);
    }

    /** An X-Ray trace id {@code Root=1-<epoch hex>-<24 hex>}. */
    static String traceId(long epochSeconds) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder sb = new StringBuilder("Root=1-").append(Long.toHexString(epochSeconds)).append('-');
        for (int i = 0; i < 24; i++) {
            sb.append(Character.forDigit(random.nextInt(16), 16));
        }
        return sb.toString();
    }
}
