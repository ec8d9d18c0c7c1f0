package dev.apigw.openapi.iac.sam;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.model.diag.Diagnostic;
import dev.apigw.openapi.iac.CloudFormationTemplate;
import dev.apigw.openapi.iac.TemplateApi;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Events naming an API apigw cannot find are errors on the template, with the event's pointer and line. */
class SamReferencesTest {
    private final CloudFormationTemplate template = SamFixtures.template("bad-references.yaml");
    private final List<TemplateApi> apis = new SamApis().read(template);

    private List<Diagnostic> errors() {
        return template.diagnostics().list().stream().filter(Diagnostic::isError).toList();
    }

    @Test
    void reports_each_unresolvable_reference_as_an_error_at_its_property() {
        assertThat(errors()).extracting(d -> d.location().pointer()).containsExactly(
                "/Resources/Handler/Properties/Events/Missing/Properties/RestApiId",
                "/Resources/Handler/Properties/Events/WrongKind/Properties/RestApiId",
                "/Resources/Handler/Properties/Events/NotARef/Properties/ApiId");
        assertThat(errors()).allSatisfy(d -> assertThat(d.ruleId()).isEqualTo(SamApis.RULE_BAD_REFERENCE));
        assertThat(errors().get(0).message()).contains("Handler.Missing").contains("'NoSuchApi'");
        assertThat(errors().get(0).location().line()).isEqualTo(23);
        assertThat(errors().get(1).message()).contains("'HttpOnly', an AWS::Serverless::HttpApi");
    }

    @Test
    void keeps_the_routes_that_do_resolve() {
        assertThat(apis).singleElement().satisfies(api -> {
            assertThat(api.logicalId()).isEqualTo("HttpOnly");
            assertThat(SamFixtures.definition(api).path("paths").fieldNames()).toIterable().containsExactly("/d");
        });
    }

    @Test
    void refuses_globals_sam_does_not_support() {
        assertThat(template.diagnostics().list()).anySatisfy(d -> {
            assertThat(d.ruleId()).isEqualTo(SamApis.RULE_SAM_REJECTS);
            assertThat(d.message()).contains("'StageName' is not supported in Globals.Api");
            assertThat(d.location().pointer()).isEqualTo("/Globals/Api/StageName");
        });
    }
}
