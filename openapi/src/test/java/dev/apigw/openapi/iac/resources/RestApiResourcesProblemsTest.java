package dev.apigw.openapi.iac.resources;

import static dev.apigw.openapi.iac.resources.RestApiResourcesFixtures.definition;
import static dev.apigw.openapi.iac.resources.RestApiResourcesFixtures.errors;
import static dev.apigw.openapi.iac.resources.RestApiResourcesFixtures.inline;
import static dev.apigw.openapi.iac.resources.RestApiResourcesFixtures.model;
import static dev.apigw.openapi.iac.resources.RestApiResourcesFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apigw.model.api.Resource;
import dev.apigw.model.diag.Diagnostic;
import dev.apigw.model.diag.Severity;
import dev.apigw.model.project.ApiKey;
import dev.apigw.model.project.UsagePlan;
import dev.apigw.openapi.iac.CloudFormationTemplate;
import dev.apigw.openapi.iac.TemplateApi;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Broken references, forms beside the common CDK output, and what is said about what is not emulated. */
class RestApiResourcesProblemsTest {
    private static final String API = """
            Resources:
              Api:
                Type: AWS::ApiGateway::RestApi
                Properties:
                  Name: api
            """;

    private static TemplateApi only(String yaml) {
        List<TemplateApi> apis = read(inline(yaml));
        assertThat(apis).hasSize(1);
        return apis.get(0);
    }

    private static String mock(String id, String resource) {
        return mock(id, resource, "GET");
    }

    private static String mock(String id, String resource, String verb) {
        return """
                  %s:
                    Type: AWS::ApiGateway::Method
                    Properties:
                      RestApiId: !Ref Api
                      ResourceId: %s
                      HttpMethod: %s
                      AuthorizationType: NONE
                      Integration: {Type: MOCK}
                """.formatted(id, resource, verb);
    }

    @Nested
    class UnresolvableReferences {
        @Test
        void a_parent_naming_no_resource_is_an_error_at_the_parent_id() {
            TemplateApi api = only(API + """
                      Child:
                        Type: AWS::ApiGateway::Resource
                        Properties:
                          RestApiId: !Ref Api
                          ParentId: Nowhere
                          PathPart: child
                    """ + mock("ChildGet", "!Ref Child"));
            assertThat(errors(api)).singleElement().satisfies(d -> {
                assertThat(d.ruleId()).isEqualTo(Findings.UNRESOLVED_REFERENCE);
                assertThat(d.location().pointer()).isEqualTo("/Resources/Child/Properties/ParentId");
                assertThat(d.location().line()).isEqualTo(10);
                assertThat(d.message()).contains("'Child'", "'Nowhere'");
            });
            assertThat(definition(api).path("paths").isEmpty()).isTrue();
        }

        @Test
        void a_rest_api_id_naming_no_api_is_an_error_reported_with_the_first_api() {
            TemplateApi api = only(API + """
                      Stray:
                        Type: AWS::ApiGateway::Method
                        Properties:
                          RestApiId: !Ref OtherApi
                          ResourceId: !GetAtt Api.RootResourceId
                          HttpMethod: GET
                          Integration: {Type: MOCK}
                    """);
            assertThat(errors(api)).singleElement().satisfies(d -> {
                assertThat(d.location().pointer()).isEqualTo("/Resources/Stray/Properties/RestApiId");
                assertThat(d.message()).contains("'Stray'", "OtherApi");
            });
        }

        @Test
        void a_loop_of_parents_is_an_error() {
            TemplateApi api = only(API + """
                      A:
                        Type: AWS::ApiGateway::Resource
                        Properties: {RestApiId: !Ref Api, ParentId: !Ref B, PathPart: a}
                      B:
                        Type: AWS::ApiGateway::Resource
                        Properties: {RestApiId: !Ref Api, ParentId: !Ref A, PathPart: b}
                    """);
            assertThat(errors(api)).isNotEmpty().allMatch(d -> d.message().contains("loops"));
        }

        @Test
        void a_method_on_no_resource_or_with_an_unknown_authorizer_is_an_error() {
            TemplateApi api = only(API + mock("Lost", "Missing") + """
                      Guarded:
                        Type: AWS::ApiGateway::Method
                        Properties:
                          RestApiId: !Ref Api
                          ResourceId: !GetAtt Api.RootResourceId
                          HttpMethod: GET
                          AuthorizationType: CUSTOM
                          AuthorizerId: NoSuchAuthorizer
                          Integration: {Type: MOCK}
                    """);
            assertThat(errors(api)).extracting(d -> d.location().pointer()).containsExactly(
                    "/Resources/Lost/Properties/ResourceId", "/Resources/Guarded/Properties/AuthorizerId");
        }

        @Test
        void root_resource_ids_resolve_without_resolver_warnings() {
            CloudFormationTemplate template = inline(API + mock("RootGet", "!GetAtt Api.RootResourceId")
                    + mock("RootPost", "{Fn::GetAtt: [Api, RootResourceId]}", "POST"));
            TemplateApi api = read(template).get(0);
            assertThat(api.diagnostics()).isEmpty();
            assertThat(template.diagnostics().list()).isEmpty();
            assertThat(definition(api).path("paths").path("/").properties()).extracting(Map.Entry::getKey)
                    .containsExactly("get", "post");
        }
    }

    @Nested
    class NotEmulated {
        @Test
        void body_s3_location_is_a_warning_and_the_resources_still_count() {
            TemplateApi api = only("""
                    Resources:
                      Api:
                        Type: AWS::ApiGateway::RestApi
                        Properties:
                          BodyS3Location: {Bucket: b, Key: api.yaml}
                    """ + mock("RootGet", "!GetAtt Api.RootResourceId"));
            assertThat(api.diagnostics()).singleElement().satisfies(d -> {
                assertThat(d.severity()).isEqualTo(Severity.WARNING);
                assertThat(d.ruleId()).isEqualTo(Findings.NOT_EMULATED);
                assertThat(d.location().pointer()).isEqualTo("/Resources/Api/Properties/BodyS3Location");
            });
            assertThat(model(api).resources()).extracting(Resource::path).containsExactly("/");
        }

        @Test
        void a_vpc_link_integration_is_a_warning_and_calls_the_uri_directly() {
            TemplateApi api = only(API + """
                      Private:
                        Type: AWS::ApiGateway::Method
                        Properties:
                          RestApiId: !Ref Api
                          ResourceId: !GetAtt Api.RootResourceId
                          HttpMethod: GET
                          AuthorizationType: NONE
                          Integration:
                            Type: HTTP_PROXY
                            IntegrationHttpMethod: GET
                            Uri: http://internal.example:8080/
                            ConnectionType: VPC_LINK
                            ConnectionId: abc123
                    """);
            assertThat(api.diagnostics()).singleElement().satisfies(d -> {
                assertThat(d.ruleId()).isEqualTo(Findings.NOT_EMULATED);
                assertThat(d.message()).contains("VPC_LINK");
                assertThat(d.location().pointer())
                        .isEqualTo("/Resources/Private/Properties/Integration/ConnectionType");
            });
            JsonNode integration = definition(api).at("/paths/~1/get/x-amazon-apigateway-integration");
            assertThat(integration.path("uri").asText()).isEqualTo("http://internal.example:8080/");
            assertThat(integration.path("connectionType").asText()).isEqualTo("VPC_LINK");
        }

        @Test
        void a_property_repeated_in_every_method_setting_is_said_once() {
            TemplateApi api = only(API + """
                      Stage:
                        Type: AWS::ApiGateway::Stage
                        Properties:
                          RestApiId: !Ref Api
                          StageName: dev
                          ClientCertificateId: cert
                          MethodSettings:
                            - {ResourcePath: /*, HttpMethod: "*", MetricsEnabled: true}
                            - {ResourcePath: /~1a, HttpMethod: GET, MetricsEnabled: true}
                      Domain:
                        Type: AWS::ApiGateway::DomainName
                        Properties: {DomainName: api.example.com}
                    """);
            assertThat(api.diagnostics()).extracting(d -> d.location().pointer()).containsExactlyInAnyOrder(
                    "/Resources/Domain", "/Resources/Stage/Properties/ClientCertificateId",
                    "/Resources/Stage/Properties/MethodSettings/0/MetricsEnabled");
            assertThat(api.diagnostics()).allMatch(d -> d.ruleId().equals(Findings.NOT_EMULATED));
        }
    }

    @Nested
    class Forms {
        @Test
        void no_rest_api_gives_nothing_and_a_false_condition_hides_one() {
            assertThat(read(inline("Resources: {Topic: {Type: AWS::SNS::Topic}}"))).isEmpty();
            assertThat(read(inline("""
                    Conditions:
                      Never: !Equals [a, b]
                    Resources:
                      Api:
                        Type: AWS::ApiGateway::RestApi
                        Condition: Never
                        Properties: {Name: api}
                    """))).isEmpty();
        }

        @Test
        void a_swagger_2_body_with_added_methods_becomes_openapi_3() {
            TemplateApi api = only("""
                    Resources:
                      Api:
                        Type: AWS::ApiGateway::RestApi
                        Properties:
                          Body:
                            swagger: "2.0"
                            info: {title: old, version: "1"}
                            paths:
                              /old:
                                get:
                                  x-amazon-apigateway-integration: {type: mock}
                    """ + mock("RootGet", "!GetAtt Api.RootResourceId"));
            JsonNode doc = definition(api);
            assertThat(doc.has("swagger")).isFalse();
            assertThat(doc.path("openapi").asText()).startsWith("3.");
            assertThat(model(api).resources()).extracting(Resource::path).containsExactlyInAnyOrder("/old", "/");
        }

        @Test
        void a_body_written_as_a_json_string_is_read() {
            TemplateApi api = only("""
                    Resources:
                      Api:
                        Type: AWS::ApiGateway::RestApi
                        Properties:
                          Body: '{"openapi": "3.0.1", "info": {"title": "s", "version": "1"}, "paths": {"/s": {"get": {"x-amazon-apigateway-integration": {"type": "mock"}}}}}'
                    """);
            assertThat(model(api).resources()).extracting(Resource::path).containsExactly("/s");
        }

        @Test
        void models_given_as_json_strings_refer_to_each_other_by_components() {
            TemplateApi api = only(API + """
                      Pet:
                        Type: AWS::ApiGateway::Model
                        Properties:
                          RestApiId: !Ref Api
                          Name: Pet
                          ContentType: application/json
                          Schema: '{"type": "object", "properties": {"name": {"type": "string"}}}'
                      Pets:
                        Type: AWS::ApiGateway::Model
                        Properties:
                          RestApiId: !Ref Api
                          ContentType: application/json
                          Schema:
                            type: array
                            items:
                              $ref: !Sub https://apigateway.amazonaws.com/restapis/${Api}/models/Pet
                    """);
            JsonNode schemas = definition(api).at("/components/schemas");
            assertThat(schemas.at("/Pet/properties/name/type").asText()).isEqualTo("string");
            assertThat(schemas.at("/Pets/items/$ref").asText()).isEqualTo("#/components/schemas/Pet");
            assertThat(model(api).models()).containsOnlyKeys("Pet", "Pets");
        }

        @Test
        void cognito_and_request_authorizers_are_written_with_scopes_and_identity_sources() {
            TemplateApi api = only(API + """
                      Pool:
                        Type: AWS::Cognito::UserPool
                      Cognito:
                        Type: AWS::ApiGateway::Authorizer
                        Properties:
                          RestApiId: !Ref Api
                          Name: cognito
                          Type: COGNITO_USER_POOLS
                          IdentitySource: method.request.header.Authorization
                          ProviderARNs: [!GetAtt Pool.Arn]
                      Checker:
                        Type: AWS::Lambda::Function
                      Request:
                        Type: AWS::ApiGateway::Authorizer
                        Properties:
                          RestApiId: !Ref Api
                          Name: request
                          Type: REQUEST
                          IdentitySource: method.request.header.X-User, method.request.querystring.tenant
                          AuthorizerUri: !Sub arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Checker.Arn}/invocations
                      Scoped:
                        Type: AWS::ApiGateway::Method
                        Properties:
                          RestApiId: !Ref Api
                          ResourceId: !GetAtt Api.RootResourceId
                          HttpMethod: GET
                          AuthorizationType: COGNITO_USER_POOLS
                          AuthorizerId: !GetAtt Cognito.AuthorizerId
                          AuthorizationScopes: [items/read]
                          Integration: {Type: MOCK}
                      Checked:
                        Type: AWS::ApiGateway::Method
                        Properties:
                          RestApiId: !Ref Api
                          ResourceId: !GetAtt Api.RootResourceId
                          HttpMethod: POST
                          AuthorizationType: CUSTOM
                          AuthorizerId: !Ref Request
                          Integration: {Type: MOCK}
                    """);
            assertThat(api.diagnostics()).isEmpty();
            JsonNode doc = definition(api);
            assertThat(doc.at("/paths/~1/get/security/0/cognito/0").asText()).isEqualTo("items/read");
            JsonNode cognito = doc.at("/components/securitySchemes/cognito");
            assertThat(cognito.path("x-amazon-apigateway-authtype").asText()).isEqualTo("cognito_user_pools");
            assertThat(cognito.at("/x-amazon-apigateway-authorizer/providerARNs/0").asText())
                    .isEqualTo("arn:aws:cognito-idp:us-east-1:123456789012:userpool/Pool");
            JsonNode request = doc.at("/components/securitySchemes/request/x-amazon-apigateway-authorizer");
            assertThat(request.path("type").asText()).isEqualTo("request");
            assertThat(request.path("identitySource").asText())
                    .isEqualTo("method.request.header.X-User, method.request.querystring.tenant");
            assertThat(request.path("authorizerUri").asText()).endsWith("function:Checker/invocations");
            assertThat(model(api).securitySchemes()).containsKeys("cognito", "request");
        }

        @Test
        void an_http_integration_keeps_every_property_the_model_reads() {
            TemplateApi api = only(API + """
                      Role:
                        Type: AWS::IAM::Role
                      Backend:
                        Type: AWS::ApiGateway::Method
                        Properties:
                          RestApiId: !Ref Api
                          ResourceId: !GetAtt Api.RootResourceId
                          HttpMethod: PUT
                          AuthorizationType: NONE
                          RequestParameters:
                            method.request.querystring.version: true
                            method.request.multivalueheader.X-Tags: false
                          Integration:
                            Type: HTTP
                            IntegrationHttpMethod: POST
                            Uri: https://backend.example/${stageVariables.path}
                            Credentials: !GetAtt Role.Arn
                            RequestParameters:
                              integration.request.querystring.v: method.request.querystring.version
                            RequestTemplates:
                              application/json: '{"v": "$input.params(''version'')"}'
                            PassthroughBehavior: WHEN_NO_TEMPLATES
                            ContentHandling: CONVERT_TO_TEXT
                            TimeoutInMillis: 5000
                            CacheKeyParameters: [method.request.querystring.version]
                            CacheNamespace: backend
                            IntegrationResponses:
                              - StatusCode: "200"
                                ContentHandling: CONVERT_TO_BINARY
                                ResponseParameters:
                                  method.response.header.X-Version: integration.response.header.X-Version
                              - StatusCode: "502"
                                SelectionPattern: '5\\d{2}'
                          MethodResponses:
                            - StatusCode: "200"
                              ResponseParameters: {method.response.header.X-Version: true}
                            - StatusCode: "502"
                    """);
            assertThat(api.diagnostics()).isEmpty();
            var integration = model(api).resource("/").orElseThrow().method("PUT").orElseThrow().integration()
                    .orElseThrow();
            assertThat(integration.type()).contains(dev.apigw.model.api.IntegrationType.HTTP);
            assertThat(integration.httpMethod()).contains("POST");
            assertThat(integration.uri()).contains(dev.apigw.model.api.TextValue.of(
                    "https://backend.example/${stageVariables.path}"));
            assertThat(integration.credentials()).contains(dev.apigw.model.api.TextValue.of(
                    "arn:aws:iam::123456789012:role/Role"));
            assertThat(integration.requestParameters())
                    .containsEntry("integration.request.querystring.v", "method.request.querystring.version");
            assertThat(integration.passthroughBehavior())
                    .contains(dev.apigw.model.api.PassthroughBehavior.WHEN_NO_TEMPLATES);
            assertThat(integration.contentHandling()).contains(dev.apigw.model.api.ContentHandling.CONVERT_TO_TEXT);
            assertThat(integration.timeoutInMillis()).contains(5000);
            assertThat(integration.cacheKeyParameters()).containsExactly("method.request.querystring.version");
            assertThat(integration.cacheNamespace()).contains("backend");
            assertThat(integration.responses()).extracting(r -> r.selectionPattern())
                    .containsExactly("default", "5\\d{2}");
            assertThat(integration.responses().get(0).contentHandling())
                    .contains(dev.apigw.model.api.ContentHandling.CONVERT_TO_BINARY);
            JsonNode parameters = definition(api).at("/paths/~1/put/parameters");
            assertThat(parameters.get(0).path("in").asText()).isEqualTo("query");
            assertThat(parameters.get(0).path("required").asBoolean()).isTrue();
            assertThat(parameters.get(1).path("in").asText()).isEqualTo("header");
        }

        @Test
        void a_token_authorizer_keeps_its_validation_expression_and_credentials() {
            TemplateApi api = only(API + """
                      Checker:
                        Type: AWS::Lambda::Function
                      InvokeRole:
                        Type: AWS::IAM::Role
                      Token:
                        Type: AWS::ApiGateway::Authorizer
                        Properties:
                          RestApiId: !Ref Api
                          Type: TOKEN
                          IdentitySource: method.request.header.X-Token
                          IdentityValidationExpression: ^Bearer .+$
                          AuthorizerResultTtlInSeconds: "0"
                          AuthorizerCredentials: !GetAtt InvokeRole.Arn
                          AuthorizerUri: !Sub arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Checker.Arn}/invocations
                    """ + mock("Open", "!GetAtt Api.RootResourceId"));
            assertThat(api.diagnostics()).isEmpty();
            var scheme = model(api).securitySchemes().get("Token");
            assertThat(scheme.parameterName()).contains("X-Token");
            var authorizer = scheme.authorizer().orElseThrow();
            assertThat(authorizer.identityValidationExpression()).contains("^Bearer .+$");
            assertThat(authorizer.authorizerResultTtlInSeconds()).contains(0);
            assertThat(authorizer.authorizerCredentials()).contains(dev.apigw.model.api.TextValue.of(
                    "arn:aws:iam::123456789012:role/InvokeRole"));
        }

        @Test
        void a_usage_plan_over_two_apis_gives_each_its_own_stage() {
            List<TemplateApi> apis = read(inline("""
                    Resources:
                      One:
                        Type: AWS::ApiGateway::RestApi
                        Properties: {Name: one}
                      Two:
                        Type: AWS::ApiGateway::RestApi
                        Properties: {Name: two}
                      OneStage:
                        Type: AWS::ApiGateway::Stage
                        Properties: {RestApiId: !Ref One, StageName: alpha}
                      TwoStage:
                        Type: AWS::ApiGateway::Stage
                        Properties: {RestApiId: !Ref Two, StageName: beta}
                      Key:
                        Type: AWS::ApiGateway::ApiKey
                        Properties: {Value: shared-key-value-0123456789}
                      Plan:
                        Type: AWS::ApiGateway::UsagePlan
                        Properties:
                          ApiStages:
                            - {ApiId: !Ref One, Stage: !Ref OneStage}
                            - {ApiId: !Ref Two, Stage: beta}
                      PlanKey:
                        Type: AWS::ApiGateway::UsagePlanKey
                        Properties: {KeyId: !Ref Key, KeyType: API_KEY, UsagePlanId: !Ref Plan}
                      BadKey:
                        Type: AWS::ApiGateway::UsagePlanKey
                        Properties: {KeyId: !Ref Key, KeyType: API_KEY, UsagePlanId: NoPlan}
                    """));
            assertThat(apis).extracting(TemplateApi::logicalId).containsExactly("One", "Two");
            assertThat(apis.get(0).config().usagePlans()).extracting(UsagePlan::stages)
                    .containsExactly(List.of("alpha"));
            assertThat(apis.get(1).config().usagePlans()).extracting(UsagePlan::stages)
                    .containsExactly(List.of("beta"));
            assertThat(apis.get(1).config().usagePlans().get(0).apiKeys()).containsExactly("Key");
            ApiKey key = apis.get(1).config().apiKeys().get(0);
            assertThat(key.value()).isEqualTo("shared-key-value-0123456789");
            assertThat(key.enabled()).isFalse();
            // template-wide problems come with the first API only
            assertThat(errors(apis.get(0))).extracting(d -> d.location().pointer())
                    .containsExactly("/Resources/BadKey/Properties/UsagePlanId");
            assertThat(errors(apis.get(1))).isEmpty();
            assertThat(apis.get(1).diagnostics()).extracting(Diagnostic::severity).containsOnly(Severity.INFO);
        }

        @Test
        void a_deployment_without_a_stage_name_leaves_the_stage_to_the_stage_resource() {
            TemplateApi api = only(API + mock("RootGet", "!GetAtt Api.RootResourceId") + """
                      Deployment:
                        Type: AWS::ApiGateway::Deployment
                        Properties: {RestApiId: !Ref Api}
                      Live:
                        Type: AWS::ApiGateway::Stage
                        Properties:
                          RestApiId: !Ref Api
                          DeploymentId: !Ref Deployment
                          StageName: live
                          Variables: {backend: blue}
                      Broken:
                        Type: AWS::ApiGateway::Stage
                        Properties: {RestApiId: !Ref Api, DeploymentId: Gone, StageName: broken}
                    """);
            assertThat(api.config().stages()).containsOnlyKeys("live", "broken");
            assertThat(api.config().stages().get("live").variables()).isEqualTo(Map.of("backend", "blue"));
            assertThat(errors(api)).extracting(d -> d.location().pointer())
                    .containsExactly("/Resources/Broken/Properties/DeploymentId");
        }
    }
}
