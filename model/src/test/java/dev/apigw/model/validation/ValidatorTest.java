package dev.apigw.model.validation;

import static dev.apigw.model.validation.TestApi.mock;
import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.model.api.ParameterLocation;
import dev.apigw.model.diag.Severity;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ValidatorTest {

    private static List<Finding> validate(TestApi api, Set<String> disabled) {
        return new Validator(Rules.all(), disabled).validate(ValidationContext.of(api.build()));
    }

    @Test
    void a_clean_api_has_no_findings() {
        TestApi api = TestApi.rest().apiKeyScheme("api_key").security("api_key")
                .op("GET", "/pets/{id}", op -> op.param("id", ParameterLocation.PATH).response("200")
                        .integration(mock()));
        assertThat(validate(api, Set.of())).isEmpty();
    }

    @Test
    void disabled_rules_do_not_run() {
        TestApi api = TestApi.rest().op("GET", "/a", op -> op.response("200").integration(mock()));
        assertThat(validate(api, Set.of())).extracting(Finding::ruleId).containsExactly("APIGW601");
        assertThat(validate(api, Set.of("apigw601"))).isEmpty();
    }

    @Test
    void x_apigw_ignore_silences_an_operation_a_path_or_everything() {
        TestApi api = TestApi.rest()
                .op("GET", "/public", op -> op.response("200").ignore("APIGW601").integration(mock()))
                .op("GET", "/other", op -> op.response("200").integration(mock()));
        assertThat(validate(api, Set.of())).extracting(Finding::message).containsExactly(
                "GET /other can be called by anyone: no authorizer, IAM or API key");
        assertThat(validate(api.documentation(Suppressions.KEY, "APIGW601"), Set.of())).isEmpty();
    }

    @Test
    void a_failing_rule_becomes_a_finding_instead_of_hiding_the_others() {
        Rule broken = new Rule() {
            @Override
            public RuleInfo info() {
                return RuleInfo.error("APIGW999", Category.STRUCTURE, "t", "w", "e", "h");
            }

            @Override
            public void check(ValidationContext context, Findings findings) {
                throw new IllegalStateException("boom");
            }
        };
        List<Finding> found = new Validator(List.of(broken), Set.of()).validate(ValidationContext.of(
                TestApi.rest().build()));
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(Validator.INTERNAL_ERROR);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
        });
    }

    @Test
    void the_catalogue_has_unique_well_formed_ids_in_order_with_all_texts() {
        Pattern id = Pattern.compile("APIGW\\d{3}");
        Set<String> seen = new HashSet<>();
        String previous = "";
        for (Rule rule : Rules.all()) {
            RuleInfo info = rule.info();
            assertThat(info.id()).matches(id);
            assertThat(seen.add(info.id())).as(info.id() + " unique").isTrue();
            assertThat(info.id()).as("catalogue order").isGreaterThan(previous);
            previous = info.id();
            assertThat(List.of(info.title(), info.why(), info.example(), info.hint())).allSatisfy(t ->
                    assertThat(t).isNotBlank());
            assertThat(info.severity()).isIn(Severity.ERROR, Severity.WARNING);
        }
    }

    @Test
    void the_markdown_catalogue_lists_every_rule_under_its_category() {
        String markdown = RuleCatalogue.markdown(Rules.all());
        Rules.all().forEach(r -> assertThat(markdown).contains("| " + r.info().id() + " | "
                + r.info().severity().label() + " |"));
        assertThat(markdown).contains("#### " + Category.TEMPLATES.title());
    }
}
