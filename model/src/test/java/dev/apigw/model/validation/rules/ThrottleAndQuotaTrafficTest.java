package dev.apigw.model.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.model.project.AccountSettings;
import dev.apigw.model.project.ProjectConfig;
import dev.apigw.model.project.ThrottleSettings;
import dev.apigw.model.project.UsagePlan;
import dev.apigw.model.validation.Finding;
import dev.apigw.model.validation.Origin;
import dev.apigw.model.validation.TemplateSyntax;
import dev.apigw.model.validation.TestApi;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** APIGW505 on what the traffic settings added: usage plan per-method throttles and the account throttle. */
class ThrottleAndQuotaTrafficTest {
    private static List<Finding> check(ProjectConfig config) {
        return TestApi.rest().check(new ThrottleAndQuota(), config, TemplateSyntax.none());
    }

    @Test
    void negativePerMethodPlanThrottlesAreErrorsAtTheirKey() {
        UsagePlan plan = new UsagePlan("gold", List.of(), List.of(), Optional.empty(), Optional.empty(),
                Map.of("GET /pets", new ThrottleSettings(-1, 2)));
        assertThat(check(TestApi.project(Map.of(), List.of(), List.of(plan)))).extracting(Finding::pointer)
                .containsExactly("/usagePlans/0/methodThrottling/GET ~1pets/rateLimit");
    }

    @Test
    void aNegativeAccountThrottleIsAnError() {
        ProjectConfig e = ProjectConfig.empty();
        ProjectConfig config = new ProjectConfig(e.definition(), e.type(), e.parameters(), e.stages(), e.apiKeys(),
                e.usagePlans(), e.functions(), e.credentials(), e.serviceEndpoints(),
                new AccountSettings(new ThrottleSettings(10, -5)));
        assertThat(check(config)).extracting(Finding::pointer).containsExactly("/account/throttling/burstLimit");
        assertThat(check(ProjectConfig.empty())).isEmpty();
    }

    @Test
    void findingsComeFromTheProjectFile() {
        UsagePlan plan = new UsagePlan("gold", List.of(), List.of(), Optional.empty(), Optional.empty(),
                Map.of("GET /pets", new ThrottleSettings(1, -2)));
        assertThat(check(TestApi.project(Map.of(), List.of(), List.of(plan)))).singleElement()
                .satisfies(f -> assertThat(f.origin()).isEqualTo(Origin.PROJECT));
    }
}
