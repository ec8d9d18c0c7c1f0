package dev.apigw.model.api;

import java.util.Locale;
import java.util.Optional;

/** {@code x-amazon-apigateway-authorizer.type}. */
public enum AuthorizerType {
    TOKEN,
    REQUEST,
    COGNITO_USER_POOLS,
    JWT;

    public static Optional<AuthorizerType> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public String exportName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
