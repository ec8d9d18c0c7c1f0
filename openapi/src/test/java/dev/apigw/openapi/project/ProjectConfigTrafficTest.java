package dev.apigw.openapi.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apigw.model.diag.ApigwException;
import dev.apigw.model.project.AccountSettings;
import dev.apigw.model.project.ProjectConfig;
import dev.apigw.model.project.ThrottleSettings;
import dev.apigw.model.project.UsagePlan;
import dev.apigw.openapi.source.SourceDocument;
import org.junit.jupiter.api.Test;

/** What {@code apigw.yaml} says about the account throttle and usage plans' per-method throttles. */
class ProjectConfigTrafficTest {
    private static ProjectConfig read(String yaml) {
        return ProjectConfigReader.read(SourceDocument.parse("apigw.yaml", yaml));
    }

    @Test
    void theAccountThrottleDefaultsToAwsLimits() {
        assertThat(read("stages: {dev: {}}\n").account()).isEqualTo(AccountSettings.DEFAULT);
        assertThat(AccountSettings.DEFAULT.throttling()).isEqualTo(new ThrottleSettings(10_000, 5_000));
    }

    @Test
    void readsTheAccountThrottle() {
        assertThat(read("account: {throttling: {rateLimit: 50, burstLimit: 20}}\n").account().throttling())
                .isEqualTo(new ThrottleSettings(50, 20));
    }

    @Test
    void anAccountThatIsNotAMapIsAnErrorAtItsLine() {
        assertThatThrownBy(() -> read("stages: {}\naccount: 5\n")).isInstanceOfSatisfying(ApigwException.class,
                e -> assertThat(e.diagnostics()).singleElement().satisfies(d -> {
                    assertThat(d.message()).contains("account must be a map");
                    assertThat(d.location().line()).isEqualTo(2);
                }));
    }

    @Test
    void readsAUsagePlansPerMethodThrottles() {
        UsagePlan plan = read("""
                usagePlans:
                  - name: gold
                    stages: [dev]
                    apiKeys: [k]
                    throttling: {rateLimit: 10, burstLimit: 5}
                    methodThrottling:
                      "GET /pets": {rateLimit: 1, burstLimit: 2}
                    quota: {limit: 100, period: week, offset: 3}
                """).usagePlans().get(0);
        assertThat(plan.methodThrottling()).containsEntry("GET /pets", new ThrottleSettings(1, 2));
        assertThat(plan.throttling()).contains(new ThrottleSettings(10, 5));
        assertThat(plan.quota().orElseThrow().period()).isEqualTo("WEEK");
        assertThat(plan.quota().orElseThrow().offset()).isEqualTo(3);
    }

    @Test
    void aPlanWithoutPerMethodThrottlesHasNone() {
        assertThat(read("usagePlans: [{name: p, stages: [dev], apiKeys: []}]\n").usagePlans().get(0)
                .methodThrottling()).isEmpty();
    }
}
