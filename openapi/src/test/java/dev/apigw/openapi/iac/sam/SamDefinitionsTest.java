package dev.apigw.openapi.iac.sam;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apigw.model.diag.Diagnostic;
import dev.apigw.openapi.cfn.TemplateProblems;
import dev.apigw.openapi.iac.TemplateApi;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Definitions SAM was given: included with AWS::Include, kept in a DefinitionUri file. */
class SamDefinitionsTest {
    private static final String URI = "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/"
            + "arn:aws:lambda:us-east-1:123456789012:function:PetsFunction/invocations";

    private final List<TemplateApi> apis = SamFixtures.read("definitions.yaml");

    @Test
    void reads_an_included_definition_and_applies_the_apis_auth_to_it() {
        TemplateApi included = SamFixtures.api(apis, "IncludedApi");
        JsonNode doc = SamFixtures.definition(included);
        assertThat(doc.at("/info/title").asText()).isEqualTo("pets");
        assertThat(doc.at("/paths/~1pets/get/x-amazon-apigateway-integration/uri").asText()).isEqualTo(URI);
        assertThat(doc.at("/paths/~1pets/get/security").toString()).isEqualTo("[{\"api_key\":[]}]");
        assertThat(doc.at("/components/securitySchemes/api_key/name").asText()).isEqualTo("x-api-key");
        assertThat(SamFixtures.model(included).resource("/pets")).isPresent();
    }

    @Test
    void does_not_add_an_event_route_to_a_given_body_without_merge_definitions_and_says_so() {
        TemplateApi included = SamFixtures.api(apis, "IncludedApi");
        assertThat(SamFixtures.definition(included).path("paths").has("/adopt")).isFalse();
        assertThat(included.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo(SamApis.RULE_SAM_REJECTS);
            assertThat(d.message()).contains("PetsFunction.Adopt").contains("POST /adopt")
                    .contains("MergeDefinitions: true");
            assertThat(d.location().pointer()).isEqualTo("/Resources/PetsFunction/Properties/Events/Adopt");
        });
    }

    @Test
    void reads_a_definition_uri_file_and_refuses_what_sam_only_writes_inline() {
        TemplateApi file = SamFixtures.api(apis, "FileApi");
        JsonNode doc = SamFixtures.definition(file);
        assertThat(doc.at("/paths/~1pets/get/x-amazon-apigateway-integration/uri").asText()).isEqualTo(URI);
        assertThat(doc.at("/paths/~1pets").has("options")).as("no CORS from Cors with DefinitionUri").isFalse();
        assertThat(file.diagnostics()).extracting(Diagnostic::ruleId).containsExactly(
                TemplateProblems.INTRINSICS_IN_DEFINITION_URI, SamApis.RULE_SAM_REJECTS);
        assertThat(file.diagnostics().get(1).message()).contains("Cors works only with an inline DefinitionBody");
        assertThat(file.config().stages()).containsOnlyKeys("live", "Stage");
    }

    @Test
    void reports_a_definition_in_s3_as_an_error_and_gives_no_definition() {
        TemplateApi s3 = SamFixtures.api(apis, "S3Api");
        assertThat(s3.definition()).isEmpty();
        assertThat(s3.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.isError()).isTrue();
            assertThat(d.ruleId()).isEqualTo(TemplateProblems.NO_DEFINITION);
            assertThat(d.message()).contains("S3");
            assertThat(d.location().pointer()).isEqualTo("/Resources/S3Api/Properties/DefinitionUri");
        });
        assertThat(s3.config().stages()).containsKey("live");
    }
}
