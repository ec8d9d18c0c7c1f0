package dev.apigw.simulator.cache;

import dev.apigw.model.project.CacheSettings;
import dev.apigw.model.project.MethodSettings;
import dev.apigw.model.project.Stage;
import dev.apigw.model.project.UnauthorizedCacheControlHeaderStrategy;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * How one method of a stage caches, resolved as AWS does: the stage cache must be on; then the method's own
 * {@code methodSettings} entry ({@code "GET /pets"}), else the stage-wide {@code "* /*"} entry, else the stage
 * default — which caches GET methods only. The TTL comes the same way down to the stage's {@code ttlInSeconds}
 * (default 300), capped at AWS's maximum of 3600; a TTL of 0 turns caching off.
 *
 * @param requireAuthorization whether only authorized callers may invalidate with {@code Cache-Control: max-age=0}
 *     (on unless the settings turn it off, as the console's "Require authorization" box is checked by default)
 */
public record MethodCaching(boolean enabled, int ttlSeconds, boolean requireAuthorization,
        UnauthorizedCacheControlHeaderStrategy strategy) {

    public static final int MAX_TTL = 3600;

    public static final MethodCaching OFF = new MethodCaching(false, 0, true,
            UnauthorizedCacheControlHeaderStrategy.DEFAULT);

    /** The caching of {@code httpMethod} (as the API declares it, ANY included) on {@code resourcePath}. */
    public static MethodCaching of(Stage stage, String httpMethod, String resourcePath) {
        Optional<CacheSettings> cache = stage.cache().filter(CacheSettings::enabled);
        if (cache.isEmpty()) {
            return OFF;
        }
        String verb = httpMethod.toUpperCase(Locale.ROOT);
        Optional<MethodSettings> own = settings(stage, verb, resourcePath);
        Optional<MethodSettings> all = settings(stage, "*", "/*");
        boolean enabled = pick(own, all, MethodSettings::cachingEnabled).orElse(verb.equals("GET"));
        int ttl = pick(own, all, MethodSettings::cacheTtlInSeconds).orElse(cache.get().ttlInSeconds());
        ttl = Math.max(0, Math.min(MAX_TTL, ttl));
        boolean requireAuthorization = pick(own, all, MethodSettings::requireAuthorizationForCacheControl)
                .orElse(true);
        UnauthorizedCacheControlHeaderStrategy strategy = pick(own, all,
                MethodSettings::unauthorizedCacheControlHeaderStrategy)
                .orElse(UnauthorizedCacheControlHeaderStrategy.DEFAULT);
        return new MethodCaching(enabled && ttl > 0, ttl, requireAuthorization, strategy);
    }

    private static <T> Optional<T> pick(Optional<MethodSettings> own, Optional<MethodSettings> all,
            Function<MethodSettings, Optional<T>> field) {
        return own.flatMap(field).or(() -> all.flatMap(field));
    }

    /** The entry for "VERB /path" (any spacing); for the stage-wide entry also the forms "*" and "*\/*". */
    private static Optional<MethodSettings> settings(Stage stage, String verb, String path) {
        for (var e : stage.methodSettings().entrySet()) {
            String[] parts = e.getKey().trim().split("\\s+", 2);
            if (parts.length == 2 && parts[0].equalsIgnoreCase(verb) && parts[1].equals(path)) {
                return Optional.of(e.getValue());
            }
            if (verb.equals("*") && (e.getKey().trim().equals("*/*") || e.getKey().trim().equals("*"))) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }
}
