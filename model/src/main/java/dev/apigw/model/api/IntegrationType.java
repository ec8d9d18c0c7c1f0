package dev.apigw.model.api;

import dev.apigw.model.Enums;
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
        return Enums.parse(IntegrationType.class, text);
    }

    public String exportName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isProxy() {
        return this == HTTP_PROXY || this == AWS_PROXY;
    }
}
