package dev.apigw.simulator.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class QuotaPeriodTest {
    private static final Instant WEDNESDAY = Instant.parse("2026-03-04T10:15:30Z");

    @Test
    void aDayRunsFromMidnightUtc() {
        QuotaPeriod.Window w = QuotaPeriod.DAY.window(WEDNESDAY);
        assertThat(w.start()).isEqualTo(Instant.parse("2026-03-04T00:00:00Z"));
        assertThat(w.end()).isEqualTo(Instant.parse("2026-03-05T00:00:00Z"));
    }

    @Test
    void aWeekRunsFromSundayMidnightUtc() {
        QuotaPeriod.Window w = QuotaPeriod.WEEK.window(WEDNESDAY);
        assertThat(w.start()).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
        assertThat(w.end()).isEqualTo(Instant.parse("2026-03-08T00:00:00Z"));
        assertThat(QuotaPeriod.WEEK.window(Instant.parse("2026-03-01T00:00:00Z")).start())
                .isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
    }

    @Test
    void aMonthRunsFromTheFirstAtMidnightUtc() {
        QuotaPeriod.Window w = QuotaPeriod.MONTH.window(Instant.parse("2026-02-28T23:59:59Z"));
        assertThat(w.start()).isEqualTo(Instant.parse("2026-02-01T00:00:00Z"));
        assertThat(w.end()).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
    }

    @Test
    void windowsIncludeTheirStartAndExcludeTheirEnd() {
        QuotaPeriod.Window w = QuotaPeriod.DAY.window(WEDNESDAY);
        assertThat(w.contains(w.start())).isTrue();
        assertThat(w.contains(w.end())).isFalse();
    }

    @Test
    void parsesThePeriodNamesAwsAccepts() {
        assertThat(QuotaPeriod.parse("week")).contains(QuotaPeriod.WEEK);
        assertThat(QuotaPeriod.parse("YEAR")).isEmpty();
    }
}
