package dev.apigw.simulator.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.model.project.Quota;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class InMemoryQuotaStoreTest {
    /** A Wednesday. */
    private static final Instant T0 = Instant.parse("2026-03-04T10:00:00Z");
    private final QuotaStore store = new InMemoryQuotaStore();

    private long granted(String counter, Quota quota, QuotaPeriod period, Instant at, int tries) {
        return IntStream.range(0, tries).filter(i -> store.tryConsume(counter, quota, period, at).granted()).count();
    }

    @Nested
    class Counting {
        @Test
        void grantsUpToTheLimitThenRefuses() {
            Quota quota = new Quota(3, "DAY", 0);
            assertThat(granted("k", quota, QuotaPeriod.DAY, T0, 5)).isEqualTo(3);
            QuotaUsage usage = store.usage("k", quota, QuotaPeriod.DAY, T0);
            assertThat(usage.used()).isEqualTo(3);
            assertThat(usage.remaining()).isZero();
            assertThat(usage.limit()).isEqualTo(3);
        }

        @Test
        void reportingCountsNothing() {
            Quota quota = new Quota(3, "DAY", 0);
            store.usage("k", quota, QuotaPeriod.DAY, T0);
            store.usage("k", quota, QuotaPeriod.DAY, T0);
            assertThat(store.usage("k", quota, QuotaPeriod.DAY, T0).used()).isZero();
            assertThat(store.usage("k", quota, QuotaPeriod.DAY, T0).granted()).isFalse();
        }

        @Test
        void countersAreIndependent() {
            Quota quota = new Quota(1, "DAY", 0);
            assertThat(granted("a", quota, QuotaPeriod.DAY, T0, 2)).isEqualTo(1);
            assertThat(granted("b", quota, QuotaPeriod.DAY, T0, 2)).isEqualTo(1);
        }

        @Test
        void concurrentRequestsCountExactly() throws Exception {
            Quota quota = new Quota(37, "DAY", 0);
            List<Integer> counts = Concurrently.run(12, () -> (int) granted("k", quota, QuotaPeriod.DAY, T0, 10));
            assertThat(counts.stream().mapToInt(Integer::intValue).sum()).isEqualTo(37);
            assertThat(store.usage("k", quota, QuotaPeriod.DAY, T0).used()).isEqualTo(37);
        }
    }

    @Nested
    class Periods {
        @Test
        void theCountResetsAtMidnightUtc() {
            Quota quota = new Quota(2, "DAY", 0);
            granted("k", quota, QuotaPeriod.DAY, T0, 2);
            Instant lastSecond = Instant.parse("2026-03-04T23:59:59Z");
            assertThat(granted("k", quota, QuotaPeriod.DAY, lastSecond, 1)).isZero();
            assertThat(granted("k", quota, QuotaPeriod.DAY, Instant.parse("2026-03-05T00:00:00Z"), 3)).isEqualTo(2);
        }

        @Test
        void usageNamesThePeriod() {
            QuotaUsage usage = store.usage("k", new Quota(2, "MONTH", 0), QuotaPeriod.MONTH, T0);
            assertThat(usage.window().start()).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
            assertThat(usage.window().end()).isEqualTo(Instant.parse("2026-04-01T00:00:00Z"));
        }
    }

    @Nested
    class Offset {
        @Test
        void isSubtractedFromTheLimitInTheInitialPeriodOnly() {
            Quota quota = new Quota(5, "WEEK", 2);
            assertThat(granted("k", quota, QuotaPeriod.WEEK, T0, 10)).isEqualTo(3);
            assertThat(store.usage("k", quota, QuotaPeriod.WEEK, T0).remaining()).isZero();
            Instant nextWeek = T0.plus(Duration.ofDays(7));
            assertThat(store.usage("k", quota, QuotaPeriod.WEEK, nextWeek).remaining()).isEqualTo(5);
            assertThat(granted("k", quota, QuotaPeriod.WEEK, nextWeek, 10)).isEqualTo(5);
        }

        @Test
        void largerThanTheLimitLeavesNothingInTheInitialPeriod() {
            Quota quota = new Quota(2, "DAY", 9);
            assertThat(granted("k", quota, QuotaPeriod.DAY, T0, 3)).isZero();
            assertThat(granted("k", quota, QuotaPeriod.DAY, T0.plus(Duration.ofDays(1)), 3)).isEqualTo(2);
        }
    }
}
