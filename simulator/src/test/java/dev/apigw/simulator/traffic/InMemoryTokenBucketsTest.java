package dev.apigw.simulator.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.model.project.ThrottleSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class InMemoryTokenBucketsTest {
    private static final Instant T0 = Instant.parse("2026-03-04T10:00:00Z");
    private final TokenBuckets buckets = new InMemoryTokenBuckets();

    private long taken(String bucket, ThrottleSettings limits, Instant at, int tries) {
        return IntStream.range(0, tries).filter(i -> buckets.tryTake(bucket, limits, at)).count();
    }

    @Nested
    class Burst {
        @Test
        void startsFullAndLetsBurstRequestsThrough() {
            assertThat(taken("b", new ThrottleSettings(0, 4), T0, 10)).isEqualTo(4);
        }

        @Test
        void zeroBurstLetsNothingThrough() {
            assertThat(taken("b", new ThrottleSettings(100, 0), T0, 3)).isZero();
        }

        @Test
        void bucketsAreIndependent() {
            ThrottleSettings one = new ThrottleSettings(0, 1);
            assertThat(buckets.tryTake("a", one, T0)).isTrue();
            assertThat(buckets.tryTake("a", one, T0)).isFalse();
            assertThat(buckets.tryTake("b", one, T0)).isTrue();
        }
    }

    @Nested
    class Refill {
        @Test
        void refillsContinuouslyAtTheRate() {
            ThrottleSettings limits = new ThrottleSettings(2, 2);
            assertThat(taken("b", limits, T0, 5)).isEqualTo(2);
            assertThat(taken("b", limits, T0.plusMillis(499), 1)).isZero();
            assertThat(taken("b", limits, T0.plusMillis(500), 5)).isEqualTo(1);
        }

        @Test
        void fractionalRatesEarnWholeTokensExactly() {
            ThrottleSettings limits = new ThrottleSettings(10, 1);
            assertThat(taken("b", limits, T0, 2)).isEqualTo(1);
            for (int i = 1; i <= 20; i++) {
                assertThat(buckets.tryTake("b", limits, T0.plusMillis(100L * i))).as("after %d00 ms", i).isTrue();
            }
        }

        @Test
        void neverHoldsMoreThanTheBurst() {
            ThrottleSettings limits = new ThrottleSettings(100, 3);
            taken("b", limits, T0, 3);
            assertThat(taken("b", limits, T0.plus(Duration.ofHours(1)), 10)).isEqualTo(3);
        }

        @Test
        void zeroRateNeverRefills() {
            ThrottleSettings limits = new ThrottleSettings(0, 1);
            taken("b", limits, T0, 1);
            assertThat(taken("b", limits, T0.plus(Duration.ofDays(1)), 1)).isZero();
        }

        @Test
        void aClockGoingBackEarnsNothing() {
            ThrottleSettings limits = new ThrottleSettings(1, 1);
            taken("b", limits, T0, 1);
            assertThat(taken("b", limits, T0.minusSeconds(30), 1)).isZero();
            assertThat(taken("b", limits, T0.plusSeconds(1), 1)).isEqualTo(1);
        }

        @Test
        void newLimitsKeepTheTokensUpToTheNewBurst() {
            taken("b", new ThrottleSettings(0, 10), T0, 2);
            assertThat(taken("b", new ThrottleSettings(0, 3), T0, 10)).isEqualTo(3);
        }
    }

    @Test
    void concurrentRequestsTakeExactlyTheBurst() throws Exception {
        ThrottleSettings limits = new ThrottleSettings(0, 25);
        List<Integer> counts = Concurrently.run(16, () -> {
            int ok = 0;
            for (int i = 0; i < 10; i++) {
                ok += buckets.tryTake("b", limits, T0) ? 1 : 0;
            }
            return ok;
        });
        assertThat(counts.stream().mapToInt(Integer::intValue).sum()).isEqualTo(25);
        assertThat(buckets.tryTake("b", limits, T0)).isFalse();
    }
}
