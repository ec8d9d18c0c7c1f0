package dev.apigw.model;

import java.util.Locale;
import java.util.Optional;

/** Case-insensitive enum lookup, since AWS accepts extension enum values in any case. */
public final class Enums {
    private Enums() {
    }

    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
