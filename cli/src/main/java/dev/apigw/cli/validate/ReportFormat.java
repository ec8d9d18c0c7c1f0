package dev.apigw.cli.validate;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code apigw validate --output}: the shared text and json, plus SARIF and JUnit XML for CI systems. */
public enum ReportFormat {
    TEXT,
    JSON,
    SARIF,
    JUNIT;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Case-insensitive, with a short message. */
    public static final class Converter implements ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            for (ReportFormat format : values()) {
                if (format.name().equalsIgnoreCase(value)) {
                    return format;
                }
            }
            throw new TypeConversionException("expected text, json, sarif or junit but was '" + value + "'");
        }
    }
}
