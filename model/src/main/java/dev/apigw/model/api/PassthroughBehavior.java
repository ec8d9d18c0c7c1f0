package dev.apigw.model.api;

import java.util.Locale;
import java.util.Optional;

/** What happens to a request body with no matching request template. */
public enum PassthroughBehavior {
    WHEN_NO_MATCH,
    WHEN_NO_TEMPLATES,
    NEVER;

    public static Optional<PassthroughBehavior> parse(String text) {
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
