package dev.apigw.openapi.iac.resources;

import static dev.apigw.openapi.iac.resources.RestApiResourcesFixtures.definition;
import static dev.apigw.openapi.iac.resources.RestApiResourcesFixtures.model;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apigw.model.api.ApiDefinition;
import dev.apigw.model.api.ApiType;
import dev.apigw.model.api.Integration;
import dev.apigw.model.api.IntegrationType;
import dev.apigw.model.api.Method;
import dev.apigw.model.api.Resource;
import dev.apigw.model.api.TextValue;
import dev.apigw.openapi.iac.TemplateApi;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** CDK's {@code LambdaRestApi}: a {@code {proxy+}} resource with ANY, and ANY on the root, both Lambda proxies. */
class RestApiResourcesLambdaRestApiTest {
    private static final String URI = "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/"
            + "arn:aws:lambda:us-east-1:123456789012:function:Handler886CB40B/invocations";

    private final TemplateApi api = RestApiResourcesFixtures.only("cdk-lambda-rest-api.template.json");
    private final JsonNode doc = definition(api);

    @Test
    void finds_the_one_rest_api_by_its_logical_id() {
        assertThat(api.logicalId()).isEqualTo("ProxyApi2C5E8B1F");
        assertThat(api.type()).isEqualTo(ApiType.REST);
        assertThat(api.pointer()).isEqualTo("/Resources/ProxyApi2C5E8B1F");
    }

    @Test
    void permissions_roles_the_account_and_cdk_metadata_pass_without_a_word() {
        assertThat(api.diagnostics()).isEmpty();
    }

    @Nested
    class Document {
        @Test
        void is_openapi_3_titled_by_the_api_name() {
            assertThat(doc.path("openapi").asText()).isEqualTo("3.0.1");
            assertThat(doc.at("/info/title").asText()).isEqualTo("ProxyApi");
        }

        @Test
        void has_any_on_the_root_and_on_the_greedy_proxy_resource() {
            assertThat(doc.path("paths").properties()).extracting(java.util.Map.Entry::getKey)
                    .containsExactly("/", "/{proxy+}");
            for (String path : new String[] {"/", "/{proxy+}"}) {
                JsonNode any = doc.path("paths").path(path).path("x-amazon-apigateway-any-method");
                JsonNode integration = any.path("x-amazon-apigateway-integration");
                assertThat(integration.path("type").asText()).isEqualTo("aws_proxy");
                assertThat(integration.path("httpMethod").asText()).isEqualTo("POST");
                assertThat(integration.path("uri").asText()).isEqualTo(URI);
                assertThat(any.has("security")).isFalse();
            }
        }

        @Test
        void declares_the_proxy_path_parameter() {
            JsonNode parameters = doc.at("/paths/~1{proxy+}/x-amazon-apigateway-any-method/parameters");
            assertThat(parameters).hasSize(1);
            assertThat(parameters.get(0).path("name").asText()).isEqualTo("proxy");
            assertThat(parameters.get(0).path("in").asText()).isEqualTo("path");
            assertThat(parameters.get(0).path("required").asBoolean()).isTrue();
        }
    }

    @Nested
    class Imported {
        private final ApiDefinition model = model(api);

        @Test
        void gives_two_resources_each_with_a_lambda_proxy_any_method() {
            assertThat(model.type()).isEqualTo(ApiType.REST);
            assertThat(model.resources()).extracting(Resource::path).containsExactly("/", "/{proxy+}");
            for (Resource resource : model.resources()) {
                assertThat(resource.methods()).extracting(Method::httpMethod).containsExactly(Method.ANY);
                Integration integration = resource.methods().get(0).integration().orElseThrow();
                assertThat(integration.type()).contains(IntegrationType.AWS_PROXY);
                assertThat(integration.uri()).contains(TextValue.of(URI));
            }
            assertThat(model.resource("/{proxy+}").orElseThrow().isGreedy()).isTrue();
        }
    }

    @Test
    void the_deployment_stage_is_prod_without_keys_or_plans() {
        assertThat(api.config().stages()).containsOnlyKeys("prod");
        assertThat(api.config().stages().get("prod").variables()).isEmpty();
        assertThat(api.config().stages().get("prod").methodSettings()).isEmpty();
        assertThat(api.config().apiKeys()).isEmpty();
        assertThat(api.config().usagePlans()).isEmpty();
        assertThat(api.config().type()).contains(ApiType.REST);
    }
}
