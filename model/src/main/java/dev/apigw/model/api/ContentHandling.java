package dev.apigw.model.api;

import dev.apigw.model.Enums;
import java.util.Optional;

/** Binary/text conversion of payloads between method and integration. */
public enum ContentHandling {
    CONVERT_TO_TEXT,
    CONVERT_TO_BINARY;

    public static Optional<ContentHandling> parse(String text) {
        return Enums.parse(ContentHandling.class, text);
    }
}
