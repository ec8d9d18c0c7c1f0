package dev.apigw.openapi.iac.resources;

import static dev.apigw.openapi.iac.resources.RestApiResourcesFixtures.definition;
import static dev.apigw.openapi.iac.resources.RestApiResourcesFixtures.model;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apigw.model.api.ApiDefinition;
import dev.apigw.model.api.ApiKeySource;
import dev.apigw.model.api.IntegrationType;
import dev.apigw.model.api.Method;
import dev.apigw.model.api.Resource;
import dev.apigw.model.api.TextValue;
import dev.apigw.model.diag.Diagnostic;
import dev.apigw.model.project.ApiKey;
import dev.apigw.model.project.CacheSettings;
import dev.apigw.model.project.LoggingSettings;
import dev.apigw.model.project.Quota;
import dev.apigw.model.project.Stage;
import dev.apigw.model.project.ThrottleSettings;
import dev.apigw.model.project.UsagePlan;
import dev.apigw.openapi.iac.TemplateApi;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A plain CloudFormation RestApi whose definition is its {@code Body}, with a resource-form method added beside
 * it, RestApi properties that override the body, and a stage created by the Deployment's {@code StageName}.
 */
class RestApiResourcesBodyTest {
    private final TemplateApi api = RestApiResourcesFixtures.only("cfn-rest-api-body.yaml");
    private final JsonNode doc = definition(api);

    @Nested
    class Document {
        @Test
        void is_the_body_with_intrinsics_resolved() {
            assertThat(doc.at("/paths/~1pets/get/x-amazon-apigateway-integration/uri").asText()).isEqualTo(
                    "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/"
                            + "arn:aws:lambda:us-east-1:123456789012:function:PetsFunction/invocations");
            assertThat(doc.at("/info/version").asText()).isEqualTo("2024-01-01");
        }

        @Test
        void lets_the_rest_api_properties_override_the_body() {
            assertThat(doc.at("/info/title").asText()).isEqualTo("pets-api");
            assertThat(doc.at("/info/description").asText()).isEqualTo("Pets, from an OpenAPI body");
            assertThat(doc.at("/x-amazon-apigateway-binary-media-types/0").asText()).isEqualTo("image/png");
            assertThat(doc.at("/x-amazon-apigateway-api-key-source").asText()).isEqualTo("HEADER");
            assertThat(doc.at("/x-amazon-apigateway-policy/Statement/0/Action").asText())
                    .isEqualTo("execute-api:Invoke");
            JsonNode endpoint = doc.at("/servers/0/x-amazon-apigateway-endpoint-configuration");
            assertThat(endpoint.at("/types/0").asText()).isEqualTo("REGIONAL");
            assertThat(endpoint.path("disableExecuteApiEndpoint").isBoolean()).isTrue();
        }

        @Test
        void adds_the_method_declared_as_a_resource_beside_the_body() {
            assertThat(doc.path("paths").properties()).extracting(Map.Entry::getKey)
                    .containsExactly("/pets", "/pets/{petId}", "/status");
            assertThat(doc.at("/paths/~1status/get/security/0").has("sigv4")).isTrue();
            assertThat(doc.at("/components/securitySchemes/sigv4/x-amazon-apigateway-authtype").asText())
                    .isEqualTo("awsSigv4");
            assertThat(doc.at("/components/securitySchemes/api_key/name").asText()).isEqualTo("x-api-key");
        }
    }

    @Nested
    class Imported {
        private final ApiDefinition model = model(api);

        @Test
        void has_the_body_paths_and_the_added_one() {
            assertThat(model.resources()).extracting(Resource::path)
                    .containsExactly("/pets", "/pets/{petId}", "/status");
            Method status = model.resource("/status").orElseThrow().method("GET").orElseThrow();
            assertThat(status.integration().flatMap(i -> i.type())).contains(IntegrationType.MOCK);
            assertThat(model.securitySchemes().get("sigv4").isIam()).isTrue();
            Method pet = model.resource("/pets/{petId}").orElseThrow().method("GET").orElseThrow();
            assertThat(pet.integration().orElseThrow().responses().get(0).responseTemplates().get("application/json"))
                    .isEqualTo(TextValue.of("{\"id\": \"$input.params('petId')\", "
                            + "\"mode\": \"$stageVariables.mode\"}"));
        }

        @Test
        void has_the_api_wide_settings() {
            assertThat(model.settings().apiKeySource()).contains(ApiKeySource.HEADER);
            assertThat(model.settings().policy()).isPresent();
            assertThat(model.settings().endpointConfiguration().orElseThrow().disableExecuteApiEndpoint())
                    .contains(false);
        }
    }

    @Nested
    class Config {
        private final Stage v1 = api.config().stages().get("v1");

        @Test
        void has_the_stage_the_deployment_creates_named_by_a_parameter() {
            assertThat(api.config().stages()).containsOnlyKeys("v1");
            assertThat(v1.variables()).containsExactly(Map.entry("mode", "test"));
        }

        @Test
        void reads_the_stage_description_as_stage_wide_settings() {
            assertThat(v1.throttling()).contains(new ThrottleSettings(50, 20));
            assertThat(v1.logging()).contains(new LoggingSettings("ERROR", false));
            assertThat(v1.cache()).contains(new CacheSettings(true, "0.5", 30));
            assertThat(v1.methodSettings()).containsOnlyKeys("* /*", "GET /pets/{petId}", "GET /pets");
            assertThat(v1.methodSettings().get("GET /pets/{petId}").cachingEnabled()).contains(true);
            assertThat(v1.methodSettings().get("GET /pets").throttling()).contains(new ThrottleSettings(5, 2));
        }

        @Test
        void has_the_key_and_the_plan_on_the_parameter_named_stage() {
            assertThat(api.config().apiKeys()).containsExactly(
                    new ApiKey("pets-client", "pets-client-key-0123456789", true));
            assertThat(api.config().usagePlans()).containsExactly(new UsagePlan("pets-plan", List.of("v1"),
                    List.of("pets-client"), Optional.empty(), Optional.of(new Quota(100, "WEEK", 1)), Map.of()));
        }
    }

    @Test
    void reads_the_local_asset_cdk_records_for_a_spec_rest_api(@org.junit.jupiter.api.io.TempDir java.nio.file.Path
            cdkOut) throws java.io.IOException {
        java.nio.file.Files.writeString(cdkOut.resolve("asset.3f2e1d0c.yaml"), """
                openapi: 3.0.1
                info: {title: spec, version: "1"}
                paths:
                  /books:
                    get:
                      x-amazon-apigateway-integration: {type: mock}
                """);
        java.nio.file.Path file = cdkOut.resolve("BooksStack.template.json");
        java.nio.file.Files.writeString(file, """
                {"Resources": {"BooksApi5A1B2C3D": {
                  "Type": "AWS::ApiGateway::RestApi",
                  "Properties": {
                    "BodyS3Location": {"Bucket": {"Fn::Sub": "cdk-hnb659fds-assets-${AWS::AccountId}-${AWS::Region}"},
                                       "Key": "3f2e1d0c.yaml"},
                    "Name": "books-api"},
                  "Metadata": {"aws:cdk:path": "BooksStack/BooksApi/Resource",
                               "aws:asset:path": "asset.3f2e1d0c.yaml",
                               "aws:asset:property": "BodyS3Location"}}}}
                """);
        TemplateApi spec = RestApiResourcesFixtures.read(dev.apigw.openapi.iac.CloudFormationTemplate.read(file,
                Map.of())).get(0);
        assertThat(spec.diagnostics()).isEmpty();
        assertThat(definition(spec).at("/info/title").asText()).isEqualTo("books-api");
        assertThat(model(spec).resources()).extracting(Resource::path).containsExactly("/books");
    }

    @Test
    void resolves_the_body_once_so_its_warnings_are_not_doubled() {
        dev.apigw.openapi.iac.CloudFormationTemplate template = RestApiResourcesFixtures.inline("""
                Resources:
                  Api:
                    Type: AWS::ApiGateway::RestApi
                    Properties:
                      Body:
                        openapi: 3.0.1
                        info: {title: t, version: "1"}
                        paths:
                          /x:
                            get:
                              x-amazon-apigateway-integration:
                                type: aws_proxy
                                httpMethod: POST
                                uri: !Sub arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Nowhere.Arn}/invocations
                """);
        TemplateApi only = RestApiResourcesFixtures.read(template).get(0);
        assertThat(only.diagnostics()).singleElement().satisfies(d -> assertThat(d.message()).contains("Nowhere"));
        assertThat(template.diagnostics().list()).isEmpty();
    }

    @Test
    void warns_about_what_is_not_emulated_and_finds_no_errors() {
        assertThat(RestApiResourcesFixtures.errors(api)).isEmpty();
        assertThat(api.diagnostics()).extracting(Diagnostic::ruleId).containsOnly(Findings.NOT_EMULATED);
        assertThat(api.diagnostics()).extracting(d -> d.location().pointer()).containsExactlyInAnyOrder(
                "/Resources/PetsApi/Properties/FailOnWarnings",
                "/Resources/PetsDeployment/Properties/StageDescription/CanarySetting",
                "/Resources/PetsDocs");
    }
}
