package dev.apigw.model.api;

import dev.apigw.model.Enums;
import java.util.Locale;
import java.util.Optional;

/** {@code x-amazon-apigateway-authorizer.type}. */
public enum AuthorizerType {
    TOKEN,
    REQUEST,
    COGNITO_USER_POOLS,
    JWT;

    public static Optional<AuthorizerType> parse(String text) {
        return Enums.parse(AuthorizerType.class, text);
    }

    public String exportName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
