package dev.apigw.openapi.iac.resources;

import static dev.apigw.openapi.iac.resources.RestApiResourcesFixtures.definition;
import static dev.apigw.openapi.iac.resources.RestApiResourcesFixtures.imported;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apigw.model.api.ApiDefinition;
import dev.apigw.model.api.Authorizer;
import dev.apigw.model.api.AuthorizerType;
import dev.apigw.model.api.GatewayResponse;
import dev.apigw.model.api.Integration;
import dev.apigw.model.api.IntegrationResponse;
import dev.apigw.model.api.IntegrationType;
import dev.apigw.model.api.Method;
import dev.apigw.model.api.Parameter;
import dev.apigw.model.api.ParameterLocation;
import dev.apigw.model.api.PassthroughBehavior;
import dev.apigw.model.api.RequestValidator;
import dev.apigw.model.api.Resource;
import dev.apigw.model.api.SecurityRequirement;
import dev.apigw.model.api.TextValue;
import dev.apigw.model.diag.Diagnostic;
import dev.apigw.model.diag.Severity;
import dev.apigw.model.project.AccessLogSettings;
import dev.apigw.model.project.ApiKey;
import dev.apigw.model.project.CacheSettings;
import dev.apigw.model.project.LoggingSettings;
import dev.apigw.model.project.MethodSettings;
import dev.apigw.model.project.Quota;
import dev.apigw.model.project.Stage;
import dev.apigw.model.project.ThrottleSettings;
import dev.apigw.model.project.UsagePlan;
import dev.apigw.openapi.iac.TemplateApi;
import dev.apigw.openapi.read.ImportResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * CDK's {@code RestApi} with {@code addResource}/{@code addMethod}: /items and /items/{id}, Lambda proxies behind a
 * TOKEN authorizer and an API key, a POST with a request model and validator, a MOCK DELETE with integration
 * responses, CDK's CORS preflight, a gateway response, a usage plan with two keys, and a stage with settings.
 */
class RestApiResourcesCdkRestApiTest {
    private static final String FUNCTION = "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/"
            + "arn:aws:lambda:us-east-1:123456789012:function:ItemsFunction5E3A1C9B/invocations";
    private static final String AUTHORIZER_FUNCTION = "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/"
            + "arn:aws:lambda:us-east-1:123456789012:function:AuthorizerFunction7B5D3F1E/invocations";
    private static final String AUTHORIZER = "ItemsStackItemsApiTokenAuthorizer0E2A4C6D";
    private static final String STAGE = "ItemsApiDeploymentStageprod3B9C2A71";

    private final TemplateApi api = RestApiResourcesFixtures.only("cdk-rest-api.template.json");
    private final JsonNode doc = definition(api);

    @Nested
    class Document {
        @Test
        void takes_name_description_and_api_wide_settings_from_the_rest_api() {
            assertThat(doc.at("/info/title").asText()).isEqualTo("items-api");
            assertThat(doc.at("/info/description").asText()).isEqualTo("Items service");
            assertThat(doc.at("/x-amazon-apigateway-binary-media-types/0").asText()).isEqualTo("image/png");
            assertThat(doc.at("/x-amazon-apigateway-minimum-compression-size").asInt()).isEqualTo(1024);
            assertThat(doc.at("/servers/0/x-amazon-apigateway-endpoint-configuration/types/0").asText())
                    .isEqualTo("REGIONAL");
        }

        @Test
        void has_the_paths_of_the_resource_tree_sorted_with_their_methods() {
            assertThat(doc.path("paths").properties()).extracting(Map.Entry::getKey)
                    .containsExactly("/items", "/items/{id}");
            assertThat(doc.at("/paths/~1items").properties()).extracting(Map.Entry::getKey)
                    .containsExactly("get", "post");
            assertThat(doc.at("/paths/~1items~1{id}").properties()).extracting(Map.Entry::getKey)
                    .containsExactly("get", "delete", "options");
        }

        @Test
        void writes_lambda_proxies_naming_the_function_by_logical_id() {
            JsonNode integration = doc.at("/paths/~1items/get/x-amazon-apigateway-integration");
            assertThat(integration.path("type").asText()).isEqualTo("aws_proxy");
            assertThat(integration.path("httpMethod").asText()).isEqualTo("POST");
            assertThat(integration.path("uri").asText()).isEqualTo(FUNCTION);
        }

        @Test
        void writes_the_post_with_its_model_validator_authorizer_and_api_key() {
            JsonNode post = doc.at("/paths/~1items/post");
            assertThat(post.path("operationId").asText()).isEqualTo("createItem");
            assertThat(post.at("/requestBody/content/application~1json/schema/$ref").asText())
                    .isEqualTo("#/components/schemas/Item");
            assertThat(post.at("/requestBody/required").asBoolean()).isTrue();
            assertThat(post.at("/responses/201/content/application~1json/schema/$ref").asText())
                    .isEqualTo("#/components/schemas/Item");
            assertThat(post.path("x-amazon-apigateway-request-validator").asText()).isEqualTo("body-only");
            assertThat(post.path("security")).hasSize(2);
            assertThat(post.at("/security/0").has("api_key")).isTrue();
            assertThat(post.at("/security/1").has(AUTHORIZER)).isTrue();
        }

        @Test
        void writes_the_models_without_their_draft_4_schema_key() {
            JsonNode item = doc.at("/components/schemas/Item");
            assertThat(item.has("$schema")).isFalse();
            assertThat(item.path("title").asText()).isEqualTo("Item");
            assertThat(item.at("/required/0").asText()).isEqualTo("name");
            // the Error model API Gateway gives every API, named by the DELETE's 404 response
            assertThat(doc.at("/components/schemas/Error/properties/message/type").asText()).isEqualTo("string");
        }

        @Test
        void writes_the_token_authorizer_as_get_export_does() {
            JsonNode scheme = doc.at("/components/securitySchemes/" + AUTHORIZER);
            assertThat(scheme.path("type").asText()).isEqualTo("apiKey");
            assertThat(scheme.path("name").asText()).isEqualTo("Authorization");
            assertThat(scheme.path("in").asText()).isEqualTo("header");
            assertThat(scheme.path("x-amazon-apigateway-authtype").asText()).isEqualTo("custom");
            JsonNode authorizer = scheme.path("x-amazon-apigateway-authorizer");
            assertThat(authorizer.path("type").asText()).isEqualTo("token");
            assertThat(authorizer.path("authorizerUri").asText()).isEqualTo(AUTHORIZER_FUNCTION);
            assertThat(authorizer.path("authorizerResultTtlInSeconds").asInt()).isEqualTo(300);
            JsonNode apiKey = doc.at("/components/securitySchemes/api_key");
            assertThat(apiKey.path("name").asText()).isEqualTo("x-api-key");
        }

        @Test
        void keys_mock_integration_responses_by_selection_pattern() {
            JsonNode integration = doc.at("/paths/~1items~1{id}/delete/x-amazon-apigateway-integration");
            assertThat(integration.path("type").asText()).isEqualTo("mock");
            assertThat(integration.path("passthroughBehavior").asText()).isEqualTo("never");
            assertThat(integration.path("responses").properties()).extracting(Map.Entry::getKey)
                    .containsExactly("default", "404");
            assertThat(integration.at("/responses/404/statusCode").asText()).isEqualTo("404");
        }

        @Test
        void writes_request_parameters_and_response_headers() {
            JsonNode parameters = doc.at("/paths/~1items~1{id}/get/parameters");
            assertThat(parameters).hasSize(2);
            assertThat(parameters.get(1).path("name").asText()).isEqualTo("X-Trace");
            assertThat(parameters.get(1).path("in").asText()).isEqualTo("header");
            assertThat(parameters.get(1).has("required")).isFalse();
            assertThat(doc.at("/paths/~1items~1{id}/options/responses/204/headers").properties())
                    .extracting(Map.Entry::getKey).containsExactly("Access-Control-Allow-Headers",
                            "Access-Control-Allow-Origin", "Access-Control-Allow-Methods");
        }

        @Test
        void has_validators_and_gateway_responses_at_the_root() {
            assertThat(doc.at("/x-amazon-apigateway-request-validators/body-only/validateRequestBody").asBoolean())
                    .isTrue();
            assertThat(doc.at("/x-amazon-apigateway-gateway-responses/UNAUTHORIZED/statusCode").asText())
                    .isEqualTo("401");
        }
    }

    @Nested
    class Imported {
        private final ImportResult result = imported(api);
        private final ApiDefinition model = result.api();

        @Test
        void imports_without_warnings() {
            assertThat(result.diagnostics()).isEmpty();
        }

        @Test
        void has_the_resources_and_methods() {
            assertThat(model.resources()).extracting(Resource::path).containsExactly("/items", "/items/{id}");
            assertThat(model.resource("/items/{id}").orElseThrow().methods()).extracting(Method::httpMethod)
                    .containsExactly("GET", "DELETE", "OPTIONS");
        }

        @Test
        void has_the_lambda_proxy_and_mock_integrations() {
            Integration proxy = method("/items", "GET").integration().orElseThrow();
            assertThat(proxy.type()).contains(IntegrationType.AWS_PROXY);
            assertThat(proxy.uri()).contains(TextValue.of(FUNCTION));
            Integration mock = method("/items/{id}", "DELETE").integration().orElseThrow();
            assertThat(mock.type()).contains(IntegrationType.MOCK);
            assertThat(mock.passthroughBehavior()).contains(PassthroughBehavior.NEVER);
            assertThat(mock.responses()).extracting(IntegrationResponse::selectionPattern,
                    IntegrationResponse::statusCode).containsExactly(
                            org.assertj.core.groups.Tuple.tuple("default", "204"),
                            org.assertj.core.groups.Tuple.tuple("404", "404"));
        }

        @Test
        void has_the_authorizer_and_api_key_requirements() {
            Authorizer authorizer = model.securitySchemes().get(AUTHORIZER).authorizer().orElseThrow();
            assertThat(authorizer.type()).contains(AuthorizerType.TOKEN);
            assertThat(authorizer.authorizerUri()).contains(TextValue.of(AUTHORIZER_FUNCTION));
            assertThat(model.securitySchemes().get("api_key").isApiKey()).isTrue();
            assertThat(model.securityOf(method("/items", "POST"))).extracting(SecurityRequirement::schemes)
                    .containsExactly(Map.of("api_key", List.of()), Map.of(AUTHORIZER, List.of()));
            assertThat(model.securityOf(method("/items/{id}", "DELETE"))).isEmpty();
        }

        @Test
        void has_the_model_validator_and_request_parameters() {
            assertThat(model.models()).containsOnlyKeys("Item", "Error");
            assertThat(model.settings().requestValidators())
                    .containsEntry("body-only", new RequestValidator("body-only", true, false));
            Method post = method("/items", "POST");
            assertThat(post.requestValidator()).contains("body-only");
            assertThat(post.requestBody().orElseThrow().content()).containsOnlyKeys("application/json");
            assertThat(method("/items", "GET").parameters()).extracting(Parameter::name, Parameter::in,
                    Parameter::required).containsExactly(org.assertj.core.groups.Tuple.tuple("limit",
                            Optional.of(ParameterLocation.QUERY), false));
        }

        @Test
        void has_the_gateway_response_binary_types_and_endpoint() {
            GatewayResponse unauthorized = model.settings().gatewayResponses().get("UNAUTHORIZED");
            assertThat(unauthorized.statusCode()).contains("401");
            assertThat(unauthorized.responseParameters())
                    .containsEntry("gatewayresponse.header.Access-Control-Allow-Origin", "'*'");
            assertThat(model.settings().binaryMediaTypesOrEmpty()).containsExactly("image/png");
            assertThat(model.settings().minimumCompressionSize()).contains(1024);
            assertThat(model.settings().endpointConfiguration().orElseThrow().types()).contains(List.of("REGIONAL"));
        }

        private Method method(String path, String verb) {
            return model.resource(path).orElseThrow().method(verb).orElseThrow();
        }
    }

    @Nested
    class Config {
        private final Stage prod = api.config().stages().get("prod");

        @Test
        void has_the_stage_with_its_variables_cache_and_access_log() {
            assertThat(api.config().stages()).containsOnlyKeys("prod");
            assertThat(prod.variables()).containsExactly(Map.entry("table", "items"), Map.entry("logLevel", "debug"));
            assertThat(prod.cache()).contains(new CacheSettings(true, "0.5", CacheSettings.DEFAULT_TTL));
            assertThat(prod.accessLog().map(AccessLogSettings::format)).contains("$context.requestId "
                    + "$context.identity.sourceIp $context.httpMethod $context.resourcePath $context.status");
            assertThat(prod.accessLog().flatMap(AccessLogSettings::destination)).isEmpty();
        }

        @Test
        void reads_stage_wide_and_per_method_settings() {
            assertThat(prod.throttling()).contains(new ThrottleSettings(100, 50));
            assertThat(prod.logging()).contains(new LoggingSettings("INFO", true));
            assertThat(prod.methodSettings()).containsOnlyKeys("* /*", "GET /items/{id}");
            MethodSettings item = prod.methodSettings().get("GET /items/{id}");
            assertThat(item.throttling()).contains(new ThrottleSettings(10, 5));
            assertThat(item.cachingEnabled()).contains(true);
            assertThat(item.cacheTtlInSeconds()).contains(60);
        }

        @Test
        void has_both_keys_one_with_a_deterministic_local_value() {
            assertThat(api.config().apiKeys()).containsExactly(
                    new ApiKey("ItemsApiApiKey5B7D9F1A", "apigw-local-api-key-ItemsApiApiKey5B7D9F1A", true),
                    new ApiKey("partner", "partner-key-0123456789abcdef", true));
            assertThat(api.config().apiKeys().get(0).value()).hasSizeGreaterThanOrEqualTo(20);
        }

        @Test
        void has_the_usage_plan_on_the_stage_by_name_with_its_keys_and_limits() {
            assertThat(api.config().usagePlans()).containsExactly(new UsagePlan("basic", List.of("prod"),
                    List.of("ItemsApiApiKey5B7D9F1A", "partner"), Optional.of(new ThrottleSettings(100, 20)),
                    Optional.of(new Quota(1000, "DAY", 0)), Map.of("GET /items", new ThrottleSettings(10, 2))));
        }
    }

    @Nested
    class Diagnostics {
        @Test
        void warns_once_about_each_setting_that_is_not_emulated() {
            List<Diagnostic> warnings = api.diagnostics().stream()
                    .filter(d -> d.severity() == Severity.WARNING).toList();
            assertThat(warnings).allMatch(d -> d.ruleId().equals(Findings.NOT_EMULATED));
            assertThat(warnings).extracting(Diagnostic::message).containsExactly(
                    "AWS::ApiGateway::Stage '" + STAGE + "': TracingEnabled: X-Ray tracing is not emulated",
                    "AWS::ApiGateway::Stage '" + STAGE + "': MetricsEnabled: CloudWatch metrics are not published; "
                            + "apigw keeps its own request metrics");
            assertThat(warnings.get(0).location().pointer())
                    .isEqualTo("/Resources/" + STAGE + "/Properties/TracingEnabled");
            assertThat(warnings.get(0).location().line()).isPositive();
        }

        @Test
        void says_which_key_value_was_made_up_locally() {
            List<Diagnostic> infos = api.diagnostics().stream().filter(d -> d.severity() == Severity.INFO).toList();
            assertThat(infos).singleElement().satisfies(d -> {
                assertThat(d.ruleId()).isEqualTo(Findings.LOCAL_VALUE);
                assertThat(d.message()).contains("apigw-local-api-key-ItemsApiApiKey5B7D9F1A");
                assertThat(d.location().pointer()).isEqualTo("/Resources/ItemsApiApiKey5B7D9F1A/Properties");
            });
        }

        @Test
        void finds_no_errors() {
            assertThat(RestApiResourcesFixtures.errors(api)).isEmpty();
        }
    }
}
