package dev.apigw.simulator.auth.jwt;

import com.nimbusds.jose.jwk.JWKSet;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON Web Key Sets authorizers verify tokens with, by location: a file (relative to the project directory) or
 * an http(s) URL. Each is read once and kept for the life of the pipeline (a hot reload reads them again); a failed
 * read is not kept, so the next request tries again.
 */
public final class KeySets {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final Path baseDirectory;
    private final HttpClient http;
    private final Map<String, JWKSet> loaded = new ConcurrentHashMap<>();

    public KeySets(Path baseDirectory, HttpClient http) {
        this.baseDirectory = baseDirectory;
        this.http = http;
    }

    /** The key set at this location; throws {@link KeySetUnavailableException} saying why it cannot be had. */
    public JWKSet get(String location) {
        JWKSet keys = loaded.get(location);
        if (keys == null) {
            keys = load(location);
            loaded.put(location, keys);
        }
        return keys;
    }

    /**
     * The key set of an OpenID Connect issuer, found as API Gateway finds it for JWT authorizers: the
     * {@code jwks_uri} of {@code {issuer}/.well-known/openid-configuration}.
     */
    public JWKSet ofIssuer(String issuer) {
        String discovery = issuer.replaceAll("/+$", "") + "/.well-known/openid-configuration";
        JWKSet keys = loaded.get(discovery);
        if (keys == null) {
            String jwksUri;
            try {
                jwksUri = com.nimbusds.jose.util.JSONObjectUtils.getString(
                        com.nimbusds.jose.util.JSONObjectUtils.parse(fetch(discovery)), "jwks_uri");
            } catch (ParseException e) {
                throw new KeySetUnavailableException("the OpenID configuration " + discovery + " is not usable: "
                        + e.getMessage());
            }
            if (jwksUri == null || jwksUri.isBlank()) {
                throw new KeySetUnavailableException("the OpenID configuration " + discovery + " has no jwks_uri");
            }
            keys = get(jwksUri);
            loaded.put(discovery, keys);
        }
        return keys;
    }

    private JWKSet load(String location) {
        String text = isUrl(location) ? fetch(location) : read(location);
        try {
            return JWKSet.parse(text);
        } catch (ParseException e) {
            throw new KeySetUnavailableException("the JWKS at " + location + " is not a JSON Web Key Set: "
                    + e.getMessage());
        }
    }

    private static boolean isUrl(String location) {
        return location.startsWith("http://") || location.startsWith("https://");
    }

    private String read(String location) {
        Path file = baseDirectory.resolve(location);
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new KeySetUnavailableException("cannot read the JWKS file " + file + ": " + e.getMessage());
        }
    }

    private String fetch(String url) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new KeySetUnavailableException("fetching the JWKS " + url + " answered "
                        + response.statusCode());
            }
            return response.body();
        } catch (IOException | IllegalArgumentException e) {
            throw new KeySetUnavailableException("cannot fetch the JWKS " + url + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KeySetUnavailableException("interrupted while fetching the JWKS " + url);
        }
    }

    /** Why a key set could not be had, in words for the execution log. */
    public static final class KeySetUnavailableException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public KeySetUnavailableException(String message) {
            super(message);
        }
    }
}
