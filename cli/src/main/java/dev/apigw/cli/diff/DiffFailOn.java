package dev.apigw.cli.diff;

import dev.apigw.model.diff.Change;
import java.util.List;
import java.util.Locale;

/** {@code apigw diff --fail-on}: which changes make the command exit 1. */
public enum DiffFailOn {
    /** Never: the report is informational (the default). */
    NONE,
    /** Any breaking change: the CI gate. */
    BREAKING,
    /** Any change at all. */
    ANY;

    public boolean fails(List<Change> changes) {
        return switch (this) {
            case NONE -> false;
            case BREAKING -> changes.stream().anyMatch(Change::breaking);
            case ANY -> !changes.isEmpty();
        };
    }

    // picocli lists completion candidates with toString(); users type lower case.
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Lower-case values and message, like the other enum options. */
    public static final class Converter implements picocli.CommandLine.ITypeConverter<DiffFailOn> {
        @Override
        public DiffFailOn convert(String value) {
            return dev.apigw.cli.mixin.LowerCaseEnums.convert(DiffFailOn.class, value);
        }
    }
}
