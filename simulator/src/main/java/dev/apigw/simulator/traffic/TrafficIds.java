package dev.apigw.simulator.traffic;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Stable ids for API keys and usage plans, derived from their names: the same project gives the same ids on every
 * run, shaped like AWS's (ten lower-case letters and digits for a key, six for a usage plan).
 */
public final class TrafficIds {
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

    private TrafficIds() {
    }

    /** {@code $context.identity.apiKeyId} of the key with this name. */
    public static String apiKeyId(String name) {
        return id("apikey/" + name, 10);
    }

    public static String usagePlanId(String name) {
        return id("usageplan/" + name, 6);
    }

    /** Seeds are key and plan names from the project file, so this stays as small as the project. */
    private static final java.util.Map<String, String> KNOWN = new java.util.concurrent.ConcurrentHashMap<>();

    private static String id(String seed, int length) {
        return KNOWN.computeIfAbsent(seed + "#" + length, k -> digest(seed, length));
    }

    private static String digest(String seed, int length) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                sb.append(ALPHABET.charAt((digest[i] & 0xff) % ALPHABET.length()));
            }
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
