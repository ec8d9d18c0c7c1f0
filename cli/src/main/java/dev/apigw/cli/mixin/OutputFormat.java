package dev.apigw.cli.mixin;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** How a command prints its result: for people, or for scripts. */
public enum OutputFormat {
    TEXT,
    JSON;

    // picocli lists completion candidates with toString(); users type lower case.
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Case-insensitive, with a short message; picocli's own enum error lists every spelling twice. */
    public static final class Converter implements ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            for (OutputFormat format : values()) {
                if (format.name().equalsIgnoreCase(value)) {
                    return format;
                }
            }
            throw new TypeConversionException("expected text or json but was '" + value + "'");
        }
    }
}
