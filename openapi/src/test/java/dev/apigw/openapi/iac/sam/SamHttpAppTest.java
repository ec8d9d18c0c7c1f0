package dev.apigw.openapi.iac.sam;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apigw.model.api.ApiDefinition;
import dev.apigw.model.api.ApiType;
import dev.apigw.model.api.Authorizer;
import dev.apigw.model.api.AuthorizerType;
import dev.apigw.model.api.CorsConfiguration;
import dev.apigw.model.api.Integration;
import dev.apigw.model.api.Method;
import dev.apigw.model.api.Resource;
import dev.apigw.model.api.SecurityRequirement;
import dev.apigw.model.api.TextValue;
import dev.apigw.model.project.Stage;
import dev.apigw.openapi.iac.TemplateApi;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** An explicit HTTP API with JWT and Lambda authorizers and CorsConfiguration, and SAM's implicit HTTP API. */
class SamHttpAppTest {
    private static final String INTEGRATION = "/x-amazon-apigateway-integration";
    private static final String LAMBDA = "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/"
            + "arn:aws:lambda:us-east-1:123456789012:function:";

    private final List<TemplateApi> apis = SamFixtures.read("http-app.yaml");

    @Test
    void reads_the_explicit_api_then_the_implicit_one() {
        assertThat(apis).extracting(TemplateApi::logicalId).containsExactly("ItemsApi", "ServerlessHttpApi");
        assertThat(apis).extracting(TemplateApi::type).containsOnly(ApiType.HTTP);
        assertThat(apis.get(1).pointer()).isEqualTo("/Resources/PublicFunction/Properties/Events/Hello");
    }

    @Nested
    class ExplicitApi {
        private final TemplateApi items = SamFixtures.api(apis, "ItemsApi");
        private final JsonNode doc = SamFixtures.definition(items);

        @Test
        void is_openapi_3_with_a_payload_2_lambda_integration_per_event() {
            assertThat(doc.path("openapi").asText()).isEqualTo("3.0.1");
            assertThat(doc.path("paths").fieldNames()).toIterable().containsExactly("/items", "/items/{id}",
                    "/health");
            JsonNode integration = doc.at("/paths/~1items/get" + INTEGRATION);
            assertThat(integration.toString()).isEqualTo("{\"type\":\"aws_proxy\",\"httpMethod\":\"POST\","
                    + "\"payloadFormatVersion\":\"2.0\",\"uri\":\"" + LAMBDA + "ItemsFunction/invocations\"}");
            assertThat(doc.at("/paths/~1items~1{id}/get/parameters/0/in").asText()).isEqualTo("path");
            assertThat(doc.at("/paths/~1items~1{id}/get/parameters/0/required").asBoolean()).isTrue();
        }

        @Test
        void writes_the_jwt_and_lambda_authorizers() {
            JsonNode jwt = doc.at("/components/securitySchemes/Jwt");
            assertThat(jwt.path("type").asText()).isEqualTo("oauth2");
            assertThat(jwt.path("x-amazon-apigateway-authorizer").toString()).isEqualTo("{\"jwtConfiguration\":"
                    + "{\"issuer\":\"https://issuer.example.com\",\"audience\":[\"items\"]},"
                    + "\"identitySource\":\"$request.header.Authorization\",\"type\":\"jwt\"}");
            JsonNode lambda = doc.at("/components/securitySchemes/Lambda/x-amazon-apigateway-authorizer");
            assertThat(lambda.toString()).isEqualTo("{\"type\":\"request\",\"authorizerUri\":\"" + LAMBDA
                    + "AuthFunction/invocations\",\"authorizerResultTtlInSeconds\":30,"
                    + "\"identitySource\":\"$request.header.X-Token\",\"authorizerPayloadFormatVersion\":\"2.0\","
                    + "\"enableSimpleResponses\":true}");
        }

        @Test
        void secures_routes_with_the_default_authorizer_its_scopes_or_the_events_own() {
            assertThat(doc.at("/paths/~1items/get/security").toString()).isEqualTo("[{\"Jwt\":[\"items/read\"]}]");
            assertThat(doc.at("/paths/~1items/post/security").toString()).isEqualTo("[{\"Jwt\":[\"items/write\"]}]");
            assertThat(doc.at("/paths/~1items~1{id}/get/security").toString()).isEqualTo("[{\"Lambda\":[]}]");
            assertThat(doc.at("/paths/~1health/get/security").toString()).isEqualTo("[]");
        }

        @Test
        void merges_the_global_cors_configuration_with_its_own() {
            assertThat(doc.path("x-amazon-apigateway-cors").toString()).isEqualTo("{\"allowOrigins\":"
                    + "[\"https://global.example.com\",\"https://app.example.com\"],\"allowHeaders\":"
                    + "[\"authorization\"],\"allowMethods\":[\"GET\"],\"maxAge\":600,\"allowCredentials\":true}");
        }

        @Test
        void gives_its_stage_with_variables_and_route_throttling() {
            assertThat(items.config().stages()).containsOnlyKeys("v1");
            Stage v1 = items.config().stages().get("v1");
            assertThat(v1.variables()).containsExactly(Map.entry("Mode", "test"));
            assertThat(v1.methodSettings()).containsOnlyKeys("* /*", "POST /items");
            assertThat(v1.methodSettings().get("* /*").throttling()).hasValueSatisfying(t -> {
                assertThat(t.rateLimit()).isEqualTo(50.0);
                assertThat(t.burstLimit()).isEqualTo(100);
            });
            assertThat(v1.methodSettings().get("POST /items").throttling()).hasValueSatisfying(t ->
                    assertThat(t.burstLimit()).isEqualTo(5));
        }

        @Test
        void says_the_custom_domain_is_not_emulated_yet() {
            assertThat(items.diagnostics()).singleElement().satisfies(d -> {
                assertThat(d.ruleId()).isEqualTo(SamApis.RULE_NOT_EMULATED);
                assertThat(d.message()).contains("custom domains (Domain) are not emulated yet");
                assertThat(d.location().pointer()).isEqualTo("/Resources/ItemsApi/Properties/Domain");
            });
        }

        @Test
        void imports_routes_authorizers_and_cors() {
            ApiDefinition model = SamFixtures.model(items);
            assertThat(model.type()).isEqualTo(ApiType.HTTP);
            assertThat(model.resources()).extracting(Resource::path).containsExactly("/items", "/items/{id}",
                    "/health");
            Method get = model.resource("/items").orElseThrow().method("GET").orElseThrow();
            Integration integration = get.integration().orElseThrow();
            assertThat(integration.payloadFormatVersion()).contains("2.0");
            assertThat(integration.uri().flatMap(TextValue::literal)).contains(LAMBDA + "ItemsFunction/invocations");
            assertThat(model.securityOf(get)).containsExactly(new SecurityRequirement(Map.of("Jwt",
                    List.of("items/read"))));
            Authorizer jwt = model.securitySchemes().get("Jwt").authorizer().orElseThrow();
            assertThat(jwt.type()).contains(AuthorizerType.JWT);
            assertThat(jwt.jwtConfiguration().orElseThrow().issuer().flatMap(TextValue::literal))
                    .contains("https://issuer.example.com");
            Authorizer lambda = model.securitySchemes().get("Lambda").authorizer().orElseThrow();
            assertThat(lambda.type()).contains(AuthorizerType.REQUEST);
            assertThat(lambda.enableSimpleResponses()).contains(true);
            assertThat(lambda.identitySource()).contains("$request.header.X-Token");
            CorsConfiguration cors = model.settings().cors().orElseThrow();
            assertThat(cors.allowOrigins()).contains(List.of("https://global.example.com", "https://app.example.com"));
            assertThat(cors.allowCredentials()).contains(true);
            assertThat(model.resource("/health").orElseThrow().method("GET").orElseThrow().security())
                    .contains(List.of());
        }
    }

    @Nested
    class ImplicitApi {
        private final TemplateApi implicit = SamFixtures.api(apis, "ServerlessHttpApi");
        private final JsonNode doc = SamFixtures.definition(implicit);

        @Test
        void has_the_default_route_for_an_event_without_path_and_method() {
            JsonNode any = doc.at("/paths/$default/x-amazon-apigateway-any-method");
            assertThat(any.path("isDefaultRoute").asBoolean()).isTrue();
            assertThat(any.at(INTEGRATION + "/uri").asText()).isEqualTo(LAMBDA + "PublicFunction/invocations");
        }

        @Test
        void takes_the_payload_format_version_and_timeout_of_an_event() {
            JsonNode legacy = doc.at("/paths/~1legacy/post" + INTEGRATION);
            assertThat(legacy.path("payloadFormatVersion").asText()).isEqualTo("1.0");
            assertThat(legacy.path("timeoutInMillis").asInt()).isEqualTo(5000);
            assertThat(doc.at("/paths/~1hello/get" + INTEGRATION + "/payloadFormatVersion").asText())
                    .isEqualTo("2.0");
        }

        @Test
        void gets_the_global_cors_and_the_default_stage() {
            assertThat(doc.path("x-amazon-apigateway-cors").toString())
                    .isEqualTo("{\"allowOrigins\":[\"https://global.example.com\"],\"allowMethods\":[\"GET\"]}");
            assertThat(implicit.config().stages()).containsOnlyKeys("$default");
            assertThat(implicit.diagnostics()).isEmpty();
        }

        @Test
        void imports_the_default_route() {
            ApiDefinition model = SamFixtures.model(implicit);
            assertThat(model.resources()).extracting(Resource::path).containsExactly("/hello", "/legacy",
                    "$default");
            Method any = model.resource("$default").orElseThrow().method("ANY").orElseThrow();
            assertThat(any.defaultRoute()).contains(true);
            assertThat(model.resource("/legacy").orElseThrow().method("POST").orElseThrow().integration()
                    .orElseThrow().timeoutInMillis()).contains(5000);
        }
    }
}
