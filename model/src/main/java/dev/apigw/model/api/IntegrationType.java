package dev.apigw.model.api;

import java.util.Locale;
import java.util.Optional;

/** {@code x-amazon-apigateway-integration.type}; AWS accepts any case and exports lower case. */
public enum IntegrationType {
    MOCK,
    HTTP,
    HTTP_PROXY,
    AWS,
    AWS_PROXY;

    public static Optional<IntegrationType> parse(String text) {
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

    public boolean isProxy() {
        return this == HTTP_PROXY || this == AWS_PROXY;
    }
}
