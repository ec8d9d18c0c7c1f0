package dev.apigw.simulator.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrafficIdsTest {
    @Test
    void apiKeyIdsAreTenLowerCaseLettersAndDigitsStableAcrossRuns() {
        assertThat(TrafficIds.apiKeyId("dev-key")).matches("[a-z0-9]{10}").isEqualTo(TrafficIds.apiKeyId("dev-key"));
    }

    @Test
    void differentNamesGetDifferentIds() {
        assertThat(TrafficIds.apiKeyId("a")).isNotEqualTo(TrafficIds.apiKeyId("b"));
        assertThat(TrafficIds.usagePlanId("gold")).matches("[a-z0-9]{6}");
    }
}
