package dev.apigw.model.project;

/** Stage cache: on/off, size in GB as AWS names it ("0.5", "1.6"...), default TTL. */
public record CacheSettings(boolean enabled, String size, int ttlInSeconds) {
    public static final int DEFAULT_TTL = 300;
}
