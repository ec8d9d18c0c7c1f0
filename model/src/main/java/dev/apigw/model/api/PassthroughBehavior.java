package dev.apigw.model.api;

import dev.apigw.model.Enums;
import java.util.Locale;
import java.util.Optional;

/** What happens to a request body with no matching request template. */
public enum PassthroughBehavior {
    WHEN_NO_MATCH,
    WHEN_NO_TEMPLATES,
    NEVER;

    public static Optional<PassthroughBehavior> parse(String text) {
        return Enums.parse(PassthroughBehavior.class, text);
    }

    public String exportName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
