package dev.apigw.openapi.cfn;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apigw.model.diag.ApigwException;
import dev.apigw.model.diag.Diagnostic;
import dev.apigw.model.diag.SourceLocation;
import dev.apigw.openapi.source.SourceDocument;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CloudFormationExtractorTest {

    private static final String INTEGRATION = "/x-amazon-apigateway-integration";

    private final CloudFormationExtractor extractor = new CloudFormationExtractor(Map.of());

    private static ApigwException failure(Runnable action) {
        try {
            action.run();
        } catch (ApigwException e) {
            return e;
        }
        throw new AssertionError("expected an ApigwException");
    }

    private ExtractedApi extract(String fixture) {
        return extractor.extract(CfnFixtures.cfn(fixture), Optional.empty());
    }

    @Nested
    class SamApi {
        private final ExtractedApi api = extract("sam-api.yaml");
        private final JsonNode body = api.body();

        @Test
        void describes_where_the_definition_came_from() {
            assertThat(api.logicalId()).isEqualTo("PetsApi");
            assertThat(api.resourceType()).isEqualTo("AWS::Serverless::Api");
            assertThat(api.httpApi()).isFalse();
            assertThat(api.bodyPointer()).isEqualTo("/Resources/PetsApi/Properties/DefinitionBody");
            assertThat(api.source().file()).endsWith("sam-api.yaml");
            SourceLocation paths = api.source().locate(api.bodyPointer() + "/paths");
            assertThat(paths.line()).isEqualTo(24);
        }

        @Test
        void resolves_short_form_intrinsics() {
            assertThat(body.at("/info/title").asText()).isEqualTo("apigw-local-pets");
            assertThat(body.at("/paths/~1pets/get" + INTEGRATION + "/uri").asText())
                    .isEqualTo("arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/"
                            + "arn:aws:lambda:us-east-1:123456789012:function:PetsFunction/invocations");
            assertThat(body.at("/paths/~1pets/get" + INTEGRATION + "/credentials").asText())
                    .isEqualTo("arn:aws:iam::123456789012:role/PetsFunctionRole");
        }

        @Test
        void keeps_an_unresolvable_sub_verbatim_and_warns_at_its_position() {
            JsonNode uri = body.at("/paths/~1backend/get" + INTEGRATION + "/uri");
            assertThat(uri.toString()).isEqualTo("{\"Fn::Sub\":\"https://${Backend}/pets/${!id}\"}");
            assertThat(api.diagnostics()).singleElement().satisfies(d -> {
                assertThat(d.ruleId()).isEqualTo(IntrinsicResolver.RULE_UNRESOLVED);
                assertThat(d.isError()).isFalse();
                assertThat(d.location().line()).isEqualTo(37);
                assertThat(d.location().column()).isEqualTo(22);
                assertThat(d.message()).contains("${Backend}").contains("no Default");
                assertThat(d.hint()).isEqualTo("pass --param Backend=value");
            });
        }

        @Test
        void uses_parameters_from_the_command_line() {
            ExtractedApi given = new CloudFormationExtractor(Map.of("Backend", "pets.example.com",
                    "AWS::Region", "eu-west-1")).extract(CfnFixtures.cfn("sam-api.yaml"), Optional.empty());
            assertThat(given.body().at("/paths/~1backend/get" + INTEGRATION + "/uri").asText())
                    .isEqualTo("https://pets.example.com/pets/${id}");
            assertThat(given.body().at("/paths/~1pets/get" + INTEGRATION + "/uri").asText()).contains("eu-west-1");
            assertThat(given.diagnostics()).isEmpty();
        }

        @Test
        void leaves_api_gateway_text_outside_subs_alone() {
            assertThat(body.at("/paths/~1backend/get" + INTEGRATION + "/requestParameters")
                    .get("integration.request.header.x-stage").asText()).isEqualTo("'${stageVariables.env}'");
        }
    }

    @Nested
    class OtherResourceTypes {
        @Test
        void a_json_rest_api_with_long_form_intrinsics() {
            ExtractedApi api = extract("rest-api.json");
            assertThat(api.resourceType()).isEqualTo("AWS::ApiGateway::RestApi");
            assertThat(api.httpApi()).isFalse();
            JsonNode integration = api.body().at("/paths/~1items/post" + INTEGRATION);
            assertThat(integration.get("uri").asText()).isEqualTo("arn:aws:apigateway:us-east-1:lambda:path/"
                    + "2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:Handler/invocations");
            assertThat(integration.at("/requestTemplates/application~1json").asText()).contains("$input.json('$')");
            assertThat(api.body().at("/info/title").asText()).isEqualTo("apigw-local");
            assertThat(api.source().locate(api.bodyPointer() + "/paths/~1items").line()).isEqualTo(16);
            assertThat(api.diagnostics()).isEmpty();
        }

        @Test
        void an_api_gateway_v2_api_is_an_http_api() {
            ExtractedApi api = extract("http-api.yaml");
            assertThat(api.logicalId()).isEqualTo("HttpApi");
            assertThat(api.httpApi()).isTrue();
            assertThat(api.body().at("/paths/~1hello/get" + INTEGRATION + "/uri").asText())
                    .isEqualTo("arn:aws:lambda:us-east-1:123456789012:function:Fn");
        }

        @Test
        void a_body_written_as_a_string_is_parsed_as_its_own_document() {
            ExtractedApi api = extract("string-body.yaml");
            assertThat(api.body().at("/info/title").asText()).isEqualTo("as text");
            assertThat(api.source().file()).endsWith("string-body.yaml#/Resources/StringApi/Properties/Body");
            assertThat(api.bodyPointer()).isEmpty();
        }

        @Test
        void conditions_mappings_and_list_parameters() {
            JsonNode body = extract("conditions.yaml").body();
            assertThat(body.get("x-host").asText()).isEqualTo("api.example.com");
            assertThat(body.get("x-if").asText()).isEqualTo("on-prod");
            assertThat(body.get("x-not").asText()).isEqualTo("no-not");
            assertThat(body.get("x-both").asText()).isEqualTo("both");
            assertThat(body.has("x-novalue")).isFalse();
            assertThat(body.get("x-subnet").asText()).isEqualTo("b");
            ExtractedApi dev = new CloudFormationExtractor(Map.of("Env", "dev"))
                    .extract(CfnFixtures.cfn("conditions.yaml"), Optional.empty());
            assertThat(dev.body().get("x-host").asText()).isEqualTo("dev.example.com");
            assertThat(dev.body().get("x-novalue").asText()).isEqualTo("removed");
        }
    }

    @Nested
    class FilesOutsideTheTemplate {
        @Test
        void an_include_transform_reads_the_local_file_and_points_into_it() {
            ExtractedApi api = extract("include/template.yaml");
            assertThat(api.logicalId()).isEqualTo("IncludedApi");
            assertThat(api.httpApi()).isTrue();
            assertThat(api.source().file()).endsWith("api.yaml");
            assertThat(api.bodyPointer()).isEmpty();
            assertThat(api.body().at("/info/title").asText()).isEqualTo("included-test");
            assertThat(api.diagnostics()).singleElement().satisfies(d -> {
                assertThat(d.location().file()).endsWith("include" + java.io.File.separator + "api.yaml");
                assertThat(d.location().line()).isEqualTo(12);
                assertThat(d.message()).contains("${MissingHost}");
            });
        }

        @Test
        void a_local_definition_uri_is_read_with_a_warning_about_intrinsics() {
            ExtractedApi api = extract("definition-uri/template.yaml");
            assertThat(api.source().file()).endsWith("openapi.json");
            assertThat(api.body().at("/paths/~1a/get" + INTEGRATION + "/uri").asText()).isEqualTo("arn:aws:x");
            assertThat(api.diagnostics()).singleElement().satisfies(d -> {
                assertThat(d.ruleId()).isEqualTo(TemplateProblems.INTRINSICS_IN_DEFINITION_URI);
                assertThat(d.location().file()).endsWith("template.yaml");
                assertThat(d.location().line()).isEqualTo(6);
            });
        }

        @Test
        void s3_locations_are_refused_clearly() {
            for (String id : new String[] {"FromBodyS3", "FromUriString", "FromUriObject", "FromIncludeS3"}) {
                ApigwException e = failure(() -> extractor.extract(CfnFixtures.cfn("s3.yaml"), Optional.of(id)));
                assertThat(e.kind()).as(id).isEqualTo(ApigwException.Kind.INPUT);
                assertThat(e.getMessage()).as(id).contains("S3").contains("local");
                assertThat(e.diagnostics().get(0).location().line()).as(id).isPositive();
            }
        }

        @Test
        void a_missing_local_file_says_where_it_looked() {
            ApigwException e = failure(() -> extractor.extract(CfnFixtures.cfn("s3.yaml"),
                    Optional.of("MissingFile")));
            assertThat(e.getMessage()).contains("./nowhere.yaml").contains("does not exist");
            assertThat(e.diagnostics().get(0).location().line()).isEqualTo(32);
        }
    }

    @Nested
    class ChoosingTheApi {
        @Test
        void lists_the_apis_that_carry_a_definition() {
            SourceDocument several = SourceDocument.read(CfnFixtures.cfn("several.yaml"));
            assertThat(extractor.apiResourceIds(several)).containsExactly("First", "Second");
            SourceDocument s3 = SourceDocument.read(CfnFixtures.cfn("s3.yaml"));
            assertThat(extractor.apiResourceIds(s3)).hasSize(5);
        }

        @Test
        void several_apis_need_a_resource_option() {
            ApigwException e = failure(() -> extract("several.yaml"));
            assertThat(e.kind()).isEqualTo(ApigwException.Kind.USAGE);
            assertThat(e.getMessage()).contains("First (AWS::ApiGateway::RestApi)")
                    .contains("Second (AWS::Serverless::Api)").contains("--resource LogicalId");
        }

        @Test
        void the_resource_option_selects_one() {
            ExtractedApi second = extractor.extract(CfnFixtures.cfn("several.yaml"), Optional.of("Second"));
            assertThat(second.body().at("/info/title").asText()).isEqualTo("second");
        }

        @Test
        void an_unknown_or_wrong_resource_is_explained() {
            ApigwException unknown = failure(() -> extractor.extract(CfnFixtures.cfn("several.yaml"),
                    Optional.of("Third")));
            assertThat(unknown.kind()).isEqualTo(ApigwException.Kind.USAGE);
            assertThat(unknown.getMessage()).contains("Third").contains("First, Second");
            ApigwException queue = failure(() -> extractor.extract(CfnFixtures.cfn("several.yaml"),
                    Optional.of("NotAnApi")));
            assertThat(queue.kind()).isEqualTo(ApigwException.Kind.INPUT);
            assertThat(queue.getMessage()).contains("AWS::SQS::Queue").contains("not an API");
        }

        @Test
        void an_implicit_sam_api_is_explained_as_unsupported() {
            ApigwException e = failure(() -> extract("implicit-api.yaml"));
            assertThat(e.kind()).isEqualTo(ApigwException.Kind.INPUT);
            assertThat(e.getMessage()).contains("implicit API").contains("GetFunction").contains("not supported");
        }

        @Test
        void an_api_without_definition_is_explained() {
            ApigwException e = failure(() -> extract("bare-api.yaml"));
            assertThat(e.getMessage()).contains("Bare (AWS::Serverless::Api)").contains("DefinitionBody");
            ApigwException chosen = failure(() -> extractor.extract(CfnFixtures.cfn("bare-api.yaml"),
                    Optional.of("Bare")));
            assertThat(chosen.getMessage()).contains("has no DefinitionBody or DefinitionUri");
        }

        @Test
        void a_file_that_is_no_template_is_explained() {
            ApigwException e = failure(() -> extract("not-a-template.yaml"));
            assertThat(e.getMessage()).contains("not a CloudFormation template");
            Diagnostic d = e.diagnostics().get(0);
            assertThat(d.isError()).isTrue();
            assertThat(d.ruleId()).isEqualTo(TemplateProblems.NO_DEFINITION);
        }
    }
}
