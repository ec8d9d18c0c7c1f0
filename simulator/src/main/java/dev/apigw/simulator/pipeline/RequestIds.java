package dev.apigw.simulator.pipeline;

import java.util.concurrent.ThreadLocalRandom;

/** The ids API Gateway puts on every request. */
final class RequestIds {
    private static final String ID_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private RequestIds() {
    }

    /**
     * A random (version 4) UUID for {@code x-amzn-RequestId}. Request ids need to be unique, not unguessable, and
     * {@link java.util.UUID#randomUUID()} serialises every request on one shared SecureRandom.
     */
    static String requestId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new java.util.UUID(most, least).toString();
    }

    /** Like {@code $context.extendedRequestId} / {@code x-amz-apigw-id}: 15 characters and {@code =}. */
    static String extendedRequestId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder sb = new StringBuilder(16);
        for (int i = 0; i < 15; i++) {
            sb.append(ID_CHARS.charAt(random.nextInt(ID_CHARS.length())));
        }
        return sb.append('=').toString();
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
