package dev.apigw.cli.mixin;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.TypeConversionException;

/**
 * Case-insensitive enum option values with a message in the spelling users type ("expected rest, http, ... but
 * was 'x'"); picocli's own lists the constant names in upper case.
 */
public final class LowerCaseEnums {

    private LowerCaseEnums() {}

    public static <E extends Enum<E>> E convert(Class<E> type, String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value)) {
                return constant;
            }
        }
        String expected = Arrays.stream(type.getEnumConstants())
                .map(c -> c.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
        throw new TypeConversionException("expected " + expected + " but was '" + value + "'");
    }
}
