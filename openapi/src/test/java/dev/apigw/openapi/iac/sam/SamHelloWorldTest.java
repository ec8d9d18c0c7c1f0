package dev.apigw.openapi.iac.sam;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apigw.model.api.ApiDefinition;
import dev.apigw.model.api.ApiType;
import dev.apigw.model.api.Integration;
import dev.apigw.model.api.IntegrationType;
import dev.apigw.model.api.Method;
import dev.apigw.model.api.TextValue;
import dev.apigw.openapi.iac.TemplateApi;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The template {@code sam init} writes (hello-world, Python and Node.js): one implicit API with GET /hello. */
class SamHelloWorldTest {
    private static final String URI = "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/"
            + "arn:aws:lambda:us-east-1:123456789012:function:HelloWorldFunction/invocations";

    @ParameterizedTest
    @ValueSource(strings = {"hello-world-python.yaml", "hello-world-nodejs.yaml"})
    void creates_the_implicit_rest_api_from_the_api_event(String fixture) {
        List<TemplateApi> apis = SamFixtures.read(fixture);
        assertThat(apis).singleElement().satisfies(api -> {
            assertThat(api.logicalId()).isEqualTo("ServerlessRestApi");
            assertThat(api.type()).isEqualTo(ApiType.REST);
            assertThat(api.pointer()).isEqualTo("/Resources/HelloWorldFunction/Properties/Events/HelloWorld");
            assertThat(api.diagnostics()).isEmpty();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"hello-world-python.yaml", "hello-world-nodejs.yaml"})
    void generates_the_swagger_sam_generates(String fixture) {
        JsonNode doc = SamFixtures.definition(SamFixtures.read(fixture).get(0));
        assertThat(doc.path("swagger").asText()).isEqualTo("2.0");
        assertThat(doc.at("/info/version").asText()).isEqualTo("1.0");
        assertThat(doc.at("/info/title").asText()).as("Ref AWS::StackName").isEqualTo("apigw-local");
        assertThat(doc.path("paths").size()).isEqualTo(1);
        JsonNode get = doc.at("/paths/~1hello/get");
        assertThat(get.at("/x-amazon-apigateway-integration/type").asText()).isEqualTo("aws_proxy");
        assertThat(get.at("/x-amazon-apigateway-integration/httpMethod").asText()).isEqualTo("POST");
        assertThat(get.at("/x-amazon-apigateway-integration/uri").asText()).isEqualTo(URI);
        assertThat(get.path("responses").isObject()).isTrue();
        assertThat(get.has("security")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"hello-world-python.yaml", "hello-world-nodejs.yaml"})
    void deploys_to_prod_and_to_the_extra_stage_named_stage(String fixture) {
        TemplateApi api = SamFixtures.read(fixture).get(0);
        assertThat(api.config().stages()).containsOnlyKeys("Prod", "Stage");
        assertThat(api.config().stages().get("Prod").variables()).isEmpty();
        assertThat(api.config().apiKeys()).isEmpty();
        assertThat(api.config().usagePlans()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"hello-world-python.yaml", "hello-world-nodejs.yaml"})
    void imports_into_a_lambda_proxy_method(String fixture) {
        ApiDefinition model = SamFixtures.model(SamFixtures.read(fixture).get(0));
        assertThat(model.type()).isEqualTo(ApiType.REST);
        assertThat(model.resources()).extracting(r -> r.path()).containsExactly("/hello");
        Method get = model.resource("/hello").orElseThrow().method("GET").orElseThrow();
        Integration integration = get.integration().orElseThrow();
        assertThat(integration.type()).contains(IntegrationType.AWS_PROXY);
        assertThat(integration.httpMethod()).contains("POST");
        assertThat(integration.uri().flatMap(TextValue::literal)).contains(URI);
        assertThat(model.securityOf(get)).isEmpty();
    }
}
