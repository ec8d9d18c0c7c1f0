package dev.apigw.model.api;

import java.util.Locale;
import java.util.Optional;

/** Binary/text conversion of payloads between method and integration. */
public enum ContentHandling {
    CONVERT_TO_TEXT,
    CONVERT_TO_BINARY;

    public static Optional<ContentHandling> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
