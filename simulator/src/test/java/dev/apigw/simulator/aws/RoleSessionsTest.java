package dev.apigw.simulator.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apigw.simulator.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class RoleSessionsTest {
    private static final Instant START = Instant.parse("2026-03-01T12:00:00Z");

    private final MutableClock clock = new MutableClock(START);
    private final RoleCredentialsCache cache = RoleCredentialsCache.inMemory();
    private final RoleSessions sessions = new RoleSessions(cache, clock);
    private final AtomicInteger assumed = new AtomicInteger();

    /** A stand-in for STS: numbered keys, valid for an hour from the clock's now. */
    private final Supplier<TemporaryCredentials> sts = () -> {
        int n = assumed.incrementAndGet();
        return new TemporaryCredentials("ASIA" + n, "secret" + n, "token" + n, clock.instant().plus(Duration.ofHours(1)));
    };

    @Test
    void assumesTheRoleOnFirstUseAndReusesTheCredentialsAfterwards() {
        RoleSessions.Session first = sessions.credentials("role-a", sts);
        RoleSessions.Session second = sessions.credentials("role-a", sts);

        assertThat(first.cached()).isFalse();
        assertThat(second.cached()).isTrue();
        assertThat(second.credentials()).isEqualTo(first.credentials());
        assertThat(assumed).hasValue(1);
    }

    @Test
    void reusesTheCredentialsUntilFiveMinutesBeforeTheyExpire() {
        sessions.credentials("role-a", sts);
        clock.advance(Duration.ofMinutes(55).minusMillis(1));
        assertThat(sessions.credentials("role-a", sts).credentials().accessKeyId()).isEqualTo("ASIA1");

        clock.advance(Duration.ofMillis(1));
        RoleSessions.Session renewed = sessions.credentials("role-a", sts);

        assertThat(renewed.cached()).isFalse();
        assertThat(renewed.credentials().accessKeyId()).isEqualTo("ASIA2");
        assertThat(cache.get("role-a")).hasValue(renewed.credentials());
    }

    @Test
    void assumesEachRoleSeparately() {
        sessions.credentials("role-a", sts);
        sessions.credentials("role-b", sts);

        assertThat(sessions.credentials("role-a", sts).credentials().accessKeyId()).isEqualTo("ASIA1");
        assertThat(sessions.credentials("role-b", sts).credentials().accessKeyId()).isEqualTo("ASIA2");
        assertThat(assumed).hasValue(2);
    }

    @Test
    void credentialsThatComeAlreadyNearExpiryAreNotReused() {
        Supplier<TemporaryCredentials> shortLived = () -> {
            assumed.incrementAndGet();
            return new TemporaryCredentials("ASIA", "s", "t", clock.instant().plus(Duration.ofMinutes(3)));
        };
        sessions.credentials("role-a", shortLived);
        sessions.credentials("role-a", shortLived);

        assertThat(assumed).hasValue(2);
    }

    @Test
    void aFailedAssumptionLeavesNothingCached() {
        assertThatThrownBy(() -> sessions.credentials("role-a", () -> {
            throw new RoleNotAssumedException("STS answered 403 AccessDenied");
        })).isInstanceOf(RoleNotAssumedException.class);

        assertThat(cache.get("role-a")).isEmpty();
        assertThat(sessions.credentials("role-a", sts).cached()).isFalse();
    }

    @Test
    void aSecondSessionsObjectOverTheSameCacheReusesTheCredentials() {
        sessions.credentials("role-a", sts);

        RoleSessions afterReload = new RoleSessions(cache, clock);

        assertThat(afterReload.credentials("role-a", sts).cached()).isTrue();
        assertThat(assumed).hasValue(1);
    }
}
