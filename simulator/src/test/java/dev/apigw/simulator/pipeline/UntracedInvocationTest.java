package dev.apigw.simulator.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.simulator.Simulator;
import dev.apigw.simulator.TestApis;
import org.junit.jupiter.api.Test;

/** `apigw serve` runs requests without an execution log; `apigw invoke --log` and tests keep one. */
class UntracedInvocationTest {
    private final Simulator simulator = TestApis.simulator("routing.yaml");

    @Test
    void anUntracedInvocationAnswersTheSameAndKeepsNoExecutionLog() {
        Invocation traced = simulator.execute(TestApis.get("/pets/7"));
        Invocation untraced = simulator.execute(TestApis.get("/pets/7"), false);

        assertThat(untraced.response().orElseThrow().status()).isEqualTo(traced.response().orElseThrow().status());
        assertThat(untraced.response().orElseThrow().bodyText()).isEqualTo(traced.response().orElseThrow().bodyText());
        assertThat(untraced.traced()).isFalse();
        assertThat(untraced.trace()).isEmpty();
        assertThat(traced.traced()).isTrue();
        assertThat(traced.trace()).extracting(TraceEntry::toString)
                .anyMatch(line -> line.startsWith("route: HTTP Method: GET, Resource Path: /pets/{petId}"))
                .anyMatch(line -> line.startsWith("response: Method completed with status: 200"));
    }
}
