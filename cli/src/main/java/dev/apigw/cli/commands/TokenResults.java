package dev.apigw.cli.commands;

import java.util.Map;

/** The {@code --output json} documents of {@code apigw token init} and {@code apigw token mint}. */
final class TokenResults {

    private TokenResults() {}

    /**
     * What {@code token init} wrote: the private key file, the public key set file and that set itself (public
     * keys only, so a script can publish or compare it without reading the files).
     */
    record Init(String keyFile, String jwksFile, String keyId, String algorithm, Map<String, Object> jwks) {}

    /** A minted token, its signing algorithm and key, when it expires (ISO-8601, UTC) and its claims. */
    record Mint(String token, String algorithm, String keyId, String expiresAt, Map<String, Object> claims) {}
}
