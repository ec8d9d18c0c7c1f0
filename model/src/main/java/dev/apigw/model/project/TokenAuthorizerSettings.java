package dev.apigw.model.project;

import java.util.Optional;

/**
 * How the simulator checks the tokens of one Cognito user pool or JWT authorizer (an {@code authorizers} entry of
 * {@code apigw.yaml}, keyed by the security scheme's name).
 *
 * @param jwks   the JSON Web Key Set holding the public keys: a file path (relative to the project directory) or
 *               an http(s) URL; empty means the issuer's own {@code /.well-known/jwks.json}
 * @param issuer the issuer to accept instead of the one the API names (a Cognito pool's URL or the JWT
 *               authorizer's {@code issuer}); for tokens from a local identity provider
 */
public record TokenAuthorizerSettings(Optional<String> jwks, Optional<String> issuer) {
}
