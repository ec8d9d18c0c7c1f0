package dev.apigw.openapi.iac.sam;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apigw.model.api.ApiDefinition;
import dev.apigw.model.api.Authorizer;
import dev.apigw.model.api.AuthorizerType;
import dev.apigw.model.api.IntegrationType;
import dev.apigw.model.api.Method;
import dev.apigw.model.api.Resource;
import dev.apigw.model.api.SecurityRequirement;
import dev.apigw.model.api.TextValue;
import dev.apigw.model.project.ApiKey;
import dev.apigw.model.project.Stage;
import dev.apigw.model.project.UsagePlan;
import dev.apigw.openapi.iac.TemplateApi;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A SAM app with Globals, two explicit REST APIs (one generated from its events, one with a DefinitionBody the
 * events are merged into), Lambda TOKEN/REQUEST and Cognito authorizers with a default, API keys with a PER_API
 * usage plan, CORS, gateway responses and stage settings.
 */
class SamRestAppTest {
    private static final String INTEGRATION = "/x-amazon-apigateway-integration";
    private static final String LAMBDA = "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/"
            + "arn:aws:lambda:us-east-1:123456789012:function:";

    private final List<TemplateApi> apis = SamFixtures.read("rest-app.yaml");
    private final TemplateApi orders = SamFixtures.api(apis, "OrdersApi");
    private final JsonNode doc = SamFixtures.definition(orders);

    @Test
    void reads_both_explicit_apis_in_template_order_and_no_implicit_one() {
        assertThat(apis).extracting(TemplateApi::logicalId).containsExactly("OrdersApi", "AdminApi");
        assertThat(orders.pointer()).isEqualTo("/Resources/OrdersApi");
    }

    @Test
    void warns_once_about_what_it_does_not_emulate() {
        assertThat(orders.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo(SamApis.RULE_NOT_EMULATED);
            assertThat(d.isError()).isFalse();
            assertThat(d.message()).contains("TracingEnabled");
            assertThat(d.location().pointer()).isEqualTo("/Resources/OrdersApi/Properties/TracingEnabled");
            assertThat(d.location().line()).isEqualTo(56);
        });
        assertThat(SamFixtures.api(apis, "AdminApi").diagnostics()).isEmpty();
    }

    @Nested
    class GeneratedDefinition {
        @Test
        void is_swagger_titled_with_the_api_name() {
            assertThat(doc.path("swagger").asText()).isEqualTo("2.0");
            assertThat(doc.at("/info/title").asText()).isEqualTo("orders");
        }

        @Test
        void has_each_event_route_with_a_lambda_proxy_integration_naming_the_function() {
            assertThat(doc.path("paths").fieldNames()).toIterable().containsExactly("/orders", "/orders/{id}",
                    "/ping");
            assertThat(doc.at("/paths/~1orders").fieldNames()).toIterable().containsExactly("get", "post",
                    "options");
            assertThat(doc.at("/paths/~1ping").has("x-amazon-apigateway-any-method")).isTrue();
            for (String pointer : List.of("/paths/~1orders/get", "/paths/~1orders/post", "/paths/~1orders~1{id}/get",
                    "/paths/~1ping/x-amazon-apigateway-any-method")) {
                assertThat(doc.at(pointer + INTEGRATION + "/uri").asText()).as(pointer)
                        .isEqualTo(LAMBDA + "OrdersFunction/invocations");
                assertThat(doc.at(pointer + INTEGRATION + "/type").asText()).isEqualTo("aws_proxy");
            }
        }

        @Test
        void declares_request_parameters_and_caches_on_the_ones_asked_for() {
            JsonNode get = doc.at("/paths/~1orders/get");
            assertThat(get.path("parameters").toString()).isEqualTo("[{\"in\":\"query\",\"name\":\"status\","
                    + "\"required\":false,\"type\":\"string\"},{\"in\":\"header\",\"name\":\"X-Trace\","
                    + "\"required\":true,\"type\":\"string\"}]");
            assertThat(get.at(INTEGRATION + "/cacheKeyParameters").toString())
                    .isEqualTo("[\"method.request.header.X-Trace\"]");
        }

        @Test
        void gives_the_request_model_as_a_body_parameter_checked_by_a_body_validator() {
            JsonNode post = doc.at("/paths/~1orders/post");
            assertThat(post.at("/parameters/0").toString()).isEqualTo("{\"in\":\"body\",\"name\":\"order\","
                    + "\"schema\":{\"$ref\":\"#/definitions/order\"},\"required\":true}");
            assertThat(post.path("x-amazon-apigateway-request-validator").asText()).isEqualTo("body-only");
            assertThat(doc.at("/x-amazon-apigateway-request-validators/body-only").toString())
                    .isEqualTo("{\"validateRequestBody\":true,\"validateRequestParameters\":false}");
            assertThat(doc.at("/definitions/order/required/0").asText()).isEqualTo("item");
        }
    }

    @Nested
    class Auth {
        @Test
        void writes_token_request_and_cognito_authorizers_as_sam_does() {
            JsonNode token = doc.at("/securityDefinitions/TokenAuth");
            assertThat(token.path("name").asText()).isEqualTo("Authorization");
            assertThat(token.path("x-amazon-apigateway-authtype").asText()).isEqualTo("custom");
            assertThat(token.at("/x-amazon-apigateway-authorizer").toString()).isEqualTo("{\"type\":\"token\","
                    + "\"authorizerUri\":\"" + LAMBDA + "AuthorizerFunction/invocations\","
                    + "\"authorizerResultTtlInSeconds\":60,\"identityValidationExpression\":\"^Bearer .+$\"}");
            JsonNode request = doc.at("/securityDefinitions/RequestAuth");
            assertThat(request.path("name").asText()).isEqualTo("Unused");
            assertThat(request.at("/x-amazon-apigateway-authorizer/type").asText()).isEqualTo("request");
            assertThat(request.at("/x-amazon-apigateway-authorizer/identitySource").asText())
                    .isEqualTo("method.request.header.X-Tenant, method.request.querystring.tenant");
            assertThat(request.at("/x-amazon-apigateway-authorizer/authorizerResultTtlInSeconds").asInt()).isZero();
            JsonNode cognito = doc.at("/securityDefinitions/UserPoolAuth");
            assertThat(cognito.path("x-amazon-apigateway-authtype").asText()).isEqualTo("cognito_user_pools");
            assertThat(cognito.at("/x-amazon-apigateway-authorizer/providerARNs").toString())
                    .isEqualTo("[\"arn:aws:cognito-idp:us-east-1:123456789012:userpool/UserPool\"]");
            assertThat(doc.at("/securityDefinitions/api_key").toString())
                    .isEqualTo("{\"type\":\"apiKey\",\"name\":\"x-api-key\",\"in\":\"header\"}");
        }

        @Test
        void puts_the_default_authorizer_and_the_api_key_on_methods_without_their_own() {
            assertThat(doc.at("/paths/~1orders/get/security").toString())
                    .isEqualTo("[{\"TokenAuth\":[]},{\"api_key\":[]}]");
            assertThat(doc.at("/paths/~1orders~1{id}/get/security").toString())
                    .isEqualTo("[{\"RequestAuth\":[]},{\"api_key\":[]}]");
        }

        @Test
        void keeps_an_events_authorizer_with_its_scopes() {
            assertThat(doc.at("/paths/~1orders/post/security").toString())
                    .isEqualTo("[{\"UserPoolAuth\":[\"orders/write\"]},{\"api_key\":[]}]");
        }

        @Test
        void lets_an_event_opt_out_of_the_default_authorizer_and_the_api_key() {
            assertThat(doc.at("/paths/~1ping/x-amazon-apigateway-any-method/security").toString()).isEqualTo("[]");
        }

        @Test
        void spares_the_cors_preflight_when_asked_to() {
            assertThat(doc.at("/paths/~1orders/options").has("security")).isFalse();
        }

        @Test
        void turns_the_resource_policy_into_statements_for_every_path() {
            JsonNode statements = doc.at("/x-amazon-apigateway-policy/Statement");
            assertThat(statements.size()).isEqualTo(6);
            assertThat(statements.get(0).path("Effect").asText()).isEqualTo("Allow");
            assertThat(statements.get(0).path("Resource").toString()).isEqualTo("[\"execute-api:/dev/GET/orders\","
                    + "\"execute-api:/dev/POST/orders\",\"execute-api:/dev/OPTIONS/orders\"]");
            assertThat(statements.get(1).at("/Condition/IpAddress/aws:SourceIp/0").asText()).isEqualTo("10.0.0.0/8");
            assertThat(statements.get(4).at("/Resource/0").asText()).isEqualTo("execute-api:/dev/*/ping");
        }
    }

    @Nested
    class CorsAndResponses {
        @Test
        void adds_a_mock_options_method_answering_the_preflight_on_every_path() {
            for (String path : List.of("~1orders", "~1orders~1{id}", "~1ping")) {
                JsonNode options = doc.at("/paths/" + path + "/options");
                assertThat(options.at(INTEGRATION + "/type").asText()).isEqualTo("mock");
                assertThat(options.at(INTEGRATION + "/requestTemplates/application~1json").asText())
                        .isEqualTo("{\n  \"statusCode\" : 200\n}\n");
                assertThat(options.at(INTEGRATION + "/responses/default/responseParameters").toString())
                        .isEqualTo("{\"method.response.header.Access-Control-Allow-Origin\":\"'https://example.com'\","
                                + "\"method.response.header.Access-Control-Allow-Headers\":"
                                + "\"'Content-Type,Authorization,x-api-key'\","
                                + "\"method.response.header.Access-Control-Allow-Methods\":\"'GET,POST,OPTIONS'\","
                                + "\"method.response.header.Access-Control-Max-Age\":\"'600'\"}");
                assertThat(options.at("/responses/200/headers/Access-Control-Max-Age/type").asText())
                        .isEqualTo("integer");
            }
        }

        @Test
        void writes_gateway_responses_in_the_extension_shape() {
            JsonNode responses = doc.path("x-amazon-apigateway-gateway-responses");
            assertThat(responses.path("DEFAULT_4XX").toString()).isEqualTo("{\"responseParameters\":"
                    + "{\"gatewayresponse.header.Access-Control-Allow-Origin\":\"'https://example.com'\"},"
                    + "\"responseTemplates\":{}}");
            assertThat(responses.at("/UNAUTHORIZED/statusCode").asText()).isEqualTo("401");
            assertThat(responses.at("/UNAUTHORIZED/responseTemplates/application~1json").asText())
                    .isEqualTo("{\"message\": $context.error.messageString}");
        }

        @Test
        void unescapes_binary_media_types_and_sets_the_endpoint_type() {
            assertThat(doc.path("x-amazon-apigateway-binary-media-types").toString()).isEqualTo("[\"image/png\"]");
            assertThat(doc.path("x-amazon-apigateway-endpoint-configuration").toString())
                    .isEqualTo("{\"types\":[\"REGIONAL\"]}");
        }
    }

    @Nested
    class Import {
        private final ApiDefinition model = SamFixtures.model(orders);

        @Test
        void gives_the_methods_and_their_lambda_integrations() {
            assertThat(model.resources()).extracting(Resource::path).containsExactly("/orders", "/orders/{id}",
                    "/ping");
            Resource resource = model.resource("/orders").orElseThrow();
            assertThat(resource.methods()).extracting(Method::httpMethod).containsExactly("GET", "POST", "OPTIONS");
            Method get = resource.method("GET").orElseThrow();
            assertThat(get.integration().orElseThrow().type()).contains(IntegrationType.AWS_PROXY);
            assertThat(get.integration().orElseThrow().uri().flatMap(TextValue::literal))
                    .contains(LAMBDA + "OrdersFunction/invocations");
            assertThat(get.integration().orElseThrow().cacheKeyParameters())
                    .containsExactly("method.request.header.X-Trace");
            assertThat(resource.method("OPTIONS").orElseThrow().integration().orElseThrow().type())
                    .contains(IntegrationType.MOCK);
            assertThat(model.resource("/ping").orElseThrow().method("ANY")).isPresent();
        }

        @Test
        void gives_the_authorizers() {
            Authorizer token = model.securitySchemes().get("TokenAuth").authorizer().orElseThrow();
            assertThat(token.type()).contains(AuthorizerType.TOKEN);
            assertThat(token.authorizerResultTtlInSeconds()).contains(60);
            assertThat(model.securitySchemes().get("RequestAuth").authorizer().orElseThrow().type())
                    .contains(AuthorizerType.REQUEST);
            assertThat(model.securitySchemes().get("UserPoolAuth").authorizer().orElseThrow().type())
                    .contains(AuthorizerType.COGNITO_USER_POOLS);
            assertThat(model.securitySchemes().get("api_key").isApiKey()).isTrue();
            Method post = model.resource("/orders").orElseThrow().method("POST").orElseThrow();
            assertThat(model.securityOf(post)).containsExactly(new SecurityRequirement(Map.of("UserPoolAuth",
                    List.of("orders/write"))), new SecurityRequirement(Map.of("api_key", List.of())));
            Method ping = model.resource("/ping").orElseThrow().method("ANY").orElseThrow();
            assertThat(ping.security()).contains(List.of());
        }

        @Test
        void gives_validators_gateway_responses_and_binary_types() {
            assertThat(model.settings().requestValidators()).containsKey("body-only");
            assertThat(model.resource("/orders").orElseThrow().method("POST").orElseThrow().requestValidator())
                    .contains("body-only");
            assertThat(model.settings().gatewayResponses()).containsKeys("DEFAULT_4XX", "UNAUTHORIZED");
            assertThat(model.settings().binaryMediaTypesOrEmpty()).containsExactly("image/png");
            assertThat(model.settings().policy()).isPresent();
        }
    }

    @Nested
    class ProjectConfiguration {
        @Test
        void deploys_to_the_stage_named_by_the_parameter_with_globals_and_own_variables() {
            assertThat(orders.config().stages()).containsOnlyKeys("dev", "Stage");
            Stage dev = orders.config().stages().get("dev");
            assertThat(dev.variables()).containsExactly(Map.entry("LogLevel", "info"),
                    Map.entry("TableName", "orders-table"));
            assertThat(dev.cache()).hasValueSatisfying(c -> {
                assertThat(c.enabled()).isTrue();
                assertThat(c.size()).isEqualTo("0.5");
            });
            assertThat(dev.logging()).hasValueSatisfying(l -> {
                assertThat(l.level()).isEqualTo("INFO");
                assertThat(l.dataTrace()).isTrue();
            });
        }

        @Test
        void keys_method_settings_by_method_and_decoded_path() {
            Stage dev = orders.config().stages().get("dev");
            assertThat(dev.methodSettings()).containsOnlyKeys("* /*", "GET /orders");
            assertThat(dev.methodSettings().get("* /*").throttling()).hasValueSatisfying(t -> {
                assertThat(t.rateLimit()).isEqualTo(100.0);
                assertThat(t.burstLimit()).isEqualTo(50);
            });
            assertThat(dev.methodSettings().get("GET /orders").cachingEnabled()).contains(true);
            assertThat(dev.methodSettings().get("GET /orders").cacheTtlInSeconds()).contains(60);
        }

        @Test
        void creates_the_per_api_usage_plan_and_its_key_with_a_fixed_local_value() {
            assertThat(orders.config().apiKeys()).containsExactly(new ApiKey("OrdersApiApiKey",
                    "apigw-local-key-OrdersApiApiKey", true));
            assertThat(orders.config().usagePlans()).singleElement().satisfies((UsagePlan plan) -> {
                assertThat(plan.name()).isEqualTo("orders-plan");
                assertThat(plan.stages()).containsExactly("dev");
                assertThat(plan.apiKeys()).containsExactly("OrdersApiApiKey");
                assertThat(plan.throttling()).hasValueSatisfying(t -> assertThat(t.burstLimit()).isEqualTo(20));
                assertThat(plan.quota()).hasValueSatisfying(q -> {
                    assertThat(q.limit()).isEqualTo(1000);
                    assertThat(q.period()).isEqualTo("DAY");
                });
            });
        }
    }

    @Nested
    class MergedDefinitionBody {
        private final TemplateApi admin = SamFixtures.api(apis, "AdminApi");
        private final JsonNode body = SamFixtures.definition(admin);

        @Test
        void keeps_the_bodys_own_routes_and_merges_the_event_into_its_method() {
            assertThat(body.path("paths").fieldNames()).toIterable().containsExactly("/health", "/users");
            assertThat(body.at("/paths/~1health/get" + INTEGRATION + "/type").asText()).isEqualTo("mock");
            JsonNode users = body.at("/paths/~1users/get");
            assertThat(users.path("summary").asText()).isEqualTo("List the users");
            assertThat(users.at(INTEGRATION + "/uri").asText()).isEqualTo(LAMBDA + "AdminFunction/invocations");
            assertThat(body.at("/info/title").asText()).isEqualTo("admin");
        }

        @Test
        void applies_the_global_cors_gateway_responses_and_binary_types() {
            assertThat(body.at("/paths/~1users/options" + INTEGRATION + "/type").asText()).isEqualTo("mock");
            assertThat(body.at("/paths/~1health/options" + INTEGRATION + "/type").asText()).isEqualTo("mock");
            assertThat(body.path("x-amazon-apigateway-gateway-responses").has("DEFAULT_4XX")).isTrue();
            assertThat(body.path("x-amazon-apigateway-binary-media-types").toString()).isEqualTo("[\"image/png\"]");
        }

        @Test
        void has_no_extra_stage_because_it_sets_an_openapi_version() {
            assertThat(admin.config().stages()).containsOnlyKeys("admin");
            assertThat(admin.config().stages().get("admin").variables()).containsExactly(Map.entry("LogLevel",
                    "info"));
            assertThat(admin.config().usagePlans()).isEmpty();
        }

        @Test
        void imports_the_merged_routes() {
            ApiDefinition model = SamFixtures.model(admin);
            assertThat(model.resources()).extracting(Resource::path).containsExactly("/health", "/users");
            assertThat(model.resource("/users").orElseThrow().method("GET").orElseThrow().integration()
                    .orElseThrow().type()).contains(IntegrationType.AWS_PROXY);
        }
    }
}
