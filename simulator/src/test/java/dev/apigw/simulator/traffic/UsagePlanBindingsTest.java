package dev.apigw.simulator.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.model.project.ApiKey;
import dev.apigw.model.project.ProjectConfig;
import dev.apigw.model.project.UsagePlan;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UsagePlanBindingsTest {
    private static final ApiKey A = new ApiKey("a", "value-a-0123456789abcdef", true);
    private static final ApiKey B = new ApiKey("b", "value-b-0123456789abcdef", true);

    private static UsagePlanBindings bindings(UsagePlan... plans) {
        ProjectConfig e = ProjectConfig.empty();
        return new UsagePlanBindings(new ProjectConfig(e.definition(), e.type(), e.parameters(), Map.of(),
                List.of(A, B), List.of(plans), e.functions(), e.credentials(), e.serviceEndpoints()));
    }

    private static UsagePlan plan(String name, List<String> stages, List<String> keys) {
        return new UsagePlan(name, stages, keys, Optional.empty(), Optional.empty());
    }

    @Test
    void findsKeysByTheValueClientsSend() {
        UsagePlanBindings b = bindings();
        assertThat(b.keyByValue(A.value())).contains(A);
        assertThat(b.keyByValue("a")).isEmpty();
    }

    @Test
    void aPlanBindsItsKeysToItsStagesOnly() {
        UsagePlanBindings b = bindings(plan("p", List.of("dev"), List.of("a")));
        assertThat(b.planFor(A, "dev")).map(UsagePlan::name).contains("p");
        assertThat(b.planFor(A, "prod")).isEmpty();
        assertThat(b.planFor(B, "dev")).isEmpty();
    }

    @Test
    void aPlanMayNameAKeyByItsValue() {
        assertThat(bindings(plan("p", List.of("dev"), List.of(B.value()))).planFor(B, "dev")).isPresent();
    }

    @Test
    void theFirstPlanForAStageWins() {
        UsagePlanBindings b = bindings(plan("first", List.of("dev"), List.of("a")),
                plan("second", List.of("dev"), List.of("a")));
        assertThat(b.planFor(A, "dev")).map(UsagePlan::name).contains("first");
    }

    @Test
    void findsKeysByNameOrId() {
        UsagePlanBindings b = bindings();
        assertThat(b.keyByNameOrId("b")).contains(B);
        assertThat(b.keyByNameOrId(TrafficIds.apiKeyId("b"))).contains(B);
        assertThat(b.keyByNameOrId("nope")).isEmpty();
    }

    @Test
    void listsThePlansKeysThatExist() {
        assertThat(bindings(plan("p", List.of("dev"), List.of("b", "ghost", "a"))).keysOf(
                plan("p", List.of("dev"), List.of("b", "ghost", "a")))).containsExactly(B, A);
    }
}
