package dev.apigw.model.validation.rules;

import static dev.apigw.model.validation.TestApi.http;
import static dev.apigw.model.validation.TestApi.mock;
import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.model.api.TextValue;
import dev.apigw.model.diag.Severity;
import dev.apigw.model.project.ApiKey;
import dev.apigw.model.project.CacheSettings;
import dev.apigw.model.project.MethodSettings;
import dev.apigw.model.project.ProjectConfig;
import dev.apigw.model.project.Quota;
import dev.apigw.model.project.Stage;
import dev.apigw.model.project.ThrottleSettings;
import dev.apigw.model.project.UsagePlan;
import dev.apigw.model.validation.Finding;
import dev.apigw.model.validation.Origin;
import dev.apigw.model.validation.Rule;
import dev.apigw.model.validation.TemplateSyntax;
import dev.apigw.model.validation.TestApi;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StageRulesTest {

    private static Stage stage(String name, Map<String, String> variables) {
        return new Stage(name, variables, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Map.of());
    }

    private static ProjectConfig config(List<Stage> stages, List<ApiKey> keys, List<UsagePlan> plans) {
        Map<String, Stage> byName = new LinkedHashMap<>();
        stages.forEach(s -> byName.put(s.name(), s));
        return TestApi.project(byName, keys, plans);
    }

    private static List<Finding> check(TestApi api, Rule rule, ProjectConfig config) {
        return api.check(rule, config, TemplateSyntax.none());
    }

    private static final TestApi USES_VARIABLES = TestApi.rest()
            .op("GET", "/a", op -> op.integration(http("http://${stageVariables.host}/a")))
            .op("GET", "/b", op -> op.response("200").integration(mock().requestTemplates(Map.of("application/json",
                    TextValue.of("{\"statusCode\": 200, \"t\": \"$stageVariables['table']\"}")))));

    @Test
    void variables_used_in_uris_must_exist_in_every_stage() {
        ProjectConfig config = config(List.of(stage("dev", Map.of("host", "d.example.com", "table", "t")),
                stage("prod", Map.of())), List.of(), List.of());
        assertThat(check(USES_VARIABLES, UndefinedStageVariable.inUris(), config)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("'host'").contains("stage prod");
            assertThat(f.pointer()).endsWith("/x-amazon-apigateway-integration/uri");
        });
        assertThat(check(USES_VARIABLES, UndefinedStageVariable.inMappings(), config)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("'table'"));
    }

    @Test
    void no_stages_in_the_project_means_nothing_to_compare() {
        assertThat(check(USES_VARIABLES, UndefinedStageVariable.inUris(), ProjectConfig.empty())).isEmpty();
    }

    @Test
    void stage_variable_and_stage_names_follow_aws_character_rules() {
        ProjectConfig config = config(List.of(stage("prod v2", Map.of("backend-url", "http://x/a b", "ok_1", "a=b&c"))),
                List.of(), List.of());
        assertThat(check(TestApi.rest(), new StageVariableSyntax(), config)).hasSize(2)
                .allSatisfy(f -> assertThat(f.origin()).isEqualTo(Origin.PROJECT));
        assertThat(check(TestApi.rest(), new StageName(), config)).singleElement()
                .satisfies(f -> assertThat(f.pointer()).isEqualTo("/stages/prod v2"));
        ProjectConfig fine = config(List.of(stage("prod_2", Map.of("host", "api.example.com:8443/v1?x=1"))),
                List.of(), List.of());
        assertThat(check(TestApi.rest(), new StageVariableSyntax(), fine)).isEmpty();
        assertThat(check(TestApi.rest(), new StageName(), fine)).isEmpty();
    }

    @Test
    void throttling_quota_and_cache_values() {
        Stage s = new Stage("dev", Map.of(), Optional.of(new ThrottleSettings(-1, 5)),
                Optional.of(new CacheSettings(true, "1", 7200)), Optional.empty(), Optional.empty(),
                Map.of("GET /a", new MethodSettings(Optional.of(new ThrottleSettings(1, -2)), Optional.empty(),
                        Optional.of(-5), Optional.empty())));
        UsagePlan plan = new UsagePlan("gold", List.of("dev"), List.of(), Optional.empty(),
                Optional.of(new Quota(-1, "YEAR", 0)));
        ProjectConfig config = config(List.of(s), List.of(), List.of(plan));
        assertThat(check(TestApi.rest(), new ThrottleAndQuota(), config)).hasSize(4);
        assertThat(check(TestApi.rest(), new CacheSettingsRule(), config)).hasSize(3);
        Stage good = new Stage("dev", Map.of(), Optional.of(new ThrottleSettings(10, 5)),
                Optional.of(new CacheSettings(true, "0.5", 300)), Optional.empty(), Optional.empty(), Map.of());
        assertThat(check(TestApi.rest(), new CacheSettingsRule(), config(List.of(good), List.of(), List.of())))
                .isEmpty();
    }

    @Test
    void usage_plans_bind_to_declared_stages_and_keys() {
        UsagePlan plan = new UsagePlan("gold", List.of("dev", "prod"), List.of("dev-key", "other"), Optional.empty(),
                Optional.empty());
        ProjectConfig config = config(List.of(stage("dev", Map.of())), List.of(new ApiKey("dev-key",
                "0123456789abcdefghij", true)), List.of(plan));
        assertThat(check(TestApi.rest(), new UsagePlanBinding(), config)).extracting(Finding::pointer)
                .containsExactly("/usagePlans/0/stages/1", "/usagePlans/0/apiKeys/1");
    }

    @Test
    void method_settings_must_name_a_method() {
        Stage s = new Stage("dev", Map.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Map.of("GET /pet", settings(), "* /*", settings(), "GET /pets", settings(), "POST /pets", settings()));
        TestApi api = TestApi.rest().op("GET", "/pets", op -> op.integration(mock()));
        assertThat(check(api, new MethodSettingsTarget(), config(List.of(s), List.of(), List.of())))
                .extracting(Finding::message).containsExactlyInAnyOrder(
                        "stage dev: methodSettings 'GET /pet' names path /pet, which the API does not have",
                        "stage dev: methodSettings 'POST /pets' names POST /pets, which the API does not have");
    }

    private static MethodSettings settings() {
        return new MethodSettings(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
