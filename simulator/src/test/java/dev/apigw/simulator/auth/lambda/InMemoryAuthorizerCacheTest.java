package dev.apigw.simulator.auth.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.simulator.auth.policy.PolicyDocument;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InMemoryAuthorizerCacheTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final AuthorizerResult RESULT = new AuthorizerResult("p", new PolicyDocument(List.of()), Map.of(),
            Optional.empty());

    @Test
    void entryLivesExactlyItsTtl() {
        InMemoryAuthorizerCache cache = new InMemoryAuthorizerCache();
        cache.put("k", RESULT, T0, Duration.ofSeconds(10));
        assertThat(cache.get("k", T0.plusSeconds(9))).containsSame(RESULT);
        assertThat(cache.get("k", T0.plusSeconds(10))).isEmpty();
        assertThat(cache.size()).isZero();
    }

    @Test
    void keysAreIndependent() {
        InMemoryAuthorizerCache cache = new InMemoryAuthorizerCache();
        cache.put("a", RESULT, T0, Duration.ofSeconds(10));
        assertThat(cache.get("b", T0)).isEmpty();
    }
}
