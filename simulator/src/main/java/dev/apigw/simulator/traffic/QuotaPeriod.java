package dev.apigw.simulator.traffic;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;

/**
 * A usage plan quota period. Periods follow the UTC calendar, as AWS counts quotas: a day runs from midnight UTC,
 * a week from Sunday midnight UTC (AWS's SDK documentation numbers week days from Sunday), a month from the first
 * at midnight UTC.
 */
public enum QuotaPeriod {
    DAY, WEEK, MONTH;

    public static Optional<QuotaPeriod> parse(String text) {
        try {
            return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The period that contains {@code now}. */
    public Window window(Instant now) {
        LocalDate day = now.atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate start = switch (this) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
            case MONTH -> day.withDayOfMonth(1);
        };
        LocalDate end = switch (this) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
        };
        return new Window(start.atStartOfDay(ZoneOffset.UTC).toInstant(), end.atStartOfDay(ZoneOffset.UTC)
                .toInstant());
    }

    /** One period: from {@code start} (inclusive) to {@code end} (exclusive). */
    public record Window(Instant start, Instant end) {
        public boolean contains(Instant when) {
            return !when.isBefore(start) && when.isBefore(end);
        }
    }
}
