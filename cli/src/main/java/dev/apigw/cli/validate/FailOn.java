package dev.apigw.cli.validate;

import dev.apigw.model.diag.Severity;
import java.util.Locale;

/** {@code --fail-on}: the least severe finding that makes the run exit 1. */
public enum FailOn {
    ERROR(Severity.ERROR),
    WARNING(Severity.WARNING);

    private final Severity threshold;

    FailOn(Severity threshold) {
        this.threshold = threshold;
    }

    public Severity threshold() {
        return threshold;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
