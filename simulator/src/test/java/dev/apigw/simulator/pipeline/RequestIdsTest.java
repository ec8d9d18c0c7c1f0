package dev.apigw.simulator.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RequestIdsTest {
    @Test
    void requestIdIsAVersion4Uuid() {
        assertThat(RequestIds.requestId())
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    }

    @Test
    void extendedRequestIdIsFifteenAlphanumericsAndAnEqualsSign() {
        for (int i = 0; i < 1_000; i++) {
            assertThat(RequestIds.extendedRequestId()).matches("[A-Za-z0-9]{15}=");
        }
    }

    @Test
    void extendedRequestIdsDoNotRepeatAndUseEveryCharacter() {
        Set<String> ids = new HashSet<>();
        Set<Character> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = RequestIds.extendedRequestId();
            ids.add(id);
            id.chars().forEach(c -> seen.add((char) c));
        }
        assertThat(ids).hasSize(10_000);
        // 62 letters and digits, plus the trailing '='.
        assertThat(seen).hasSize(63);
    }

    @Test
    void traceIdHasTheXRayRootForm() {
        assertThat(RequestIds.traceId(0x5f000000L)).matches("Root=1-5f000000-[0-9a-f]{24}");
    }
}
