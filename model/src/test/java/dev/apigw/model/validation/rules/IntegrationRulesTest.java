package dev.apigw.model.validation.rules;

import static dev.apigw.model.validation.TestApi.http;
import static dev.apigw.model.validation.TestApi.lambdaProxy;
import static dev.apigw.model.validation.TestApi.mock;
import static dev.apigw.model.validation.TestApi.response;
import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.model.api.Integration;
import dev.apigw.model.api.IntegrationType;
import dev.apigw.model.api.TextValue;
import dev.apigw.model.validation.Finding;
import dev.apigw.model.validation.TestApi;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class IntegrationRulesTest {

    @Test
    void rest_methods_need_an_integration_http_routes_do_not() {
        assertThat(TestApi.rest().op("GET", "/a", op -> op.response("200")).check(new MissingIntegration()))
                .hasSize(1);
        assertThat(TestApi.http().op("GET", "/a", op -> op.response("200")).check(new MissingIntegration()))
                .isEmpty();
    }

    @Nested
    class Uris {
        @Test
        void wrong_forms_per_type() {
            List<Finding> found = TestApi.rest()
                    .op("GET", "/http", op -> op.integration(http("example.com/pets")))
                    .op("GET", "/aws", op -> op.integration(http("arn:aws:apigateway:<region>:s3:path/b")
                            .type(IntegrationType.AWS)))
                    .op("GET", "/proxy", op -> op.integration(lambdaProxy().uri(TextValue.of(
                            "arn:aws:lambda:us-east-1:123456789012:function:f"))))
                    .op("GET", "/none", op -> op.integration(Integration.builder().type(IntegrationType.HTTP_PROXY)
                            .httpMethod("GET")))
                    .check(new IntegrationUri());
            assertThat(found).hasSize(4);
        }

        @Test
        void accepts_documented_forms_stage_variables_and_intrinsics() {
            assertThat(TestApi.rest()
                    .op("GET", "/http", op -> op.integration(http("http://${stageVariables.host}/pets/{id}")))
                    .op("GET", "/aws", op -> op.integration(http("arn:aws:apigateway:us-east-1:s3:path/{bucket}")
                            .type(IntegrationType.AWS)))
                    .op("GET", "/action", op -> op.integration(http("arn:aws:apigateway:us-east-1:sqs:action/SendMessage")
                            .type(IntegrationType.AWS)))
                    .op("GET", "/proxy", op -> op.integration(lambdaProxy()))
                    .op("GET", "/cfn", op -> op.integration(lambdaProxy().uri(new TextValue.Intrinsic(
                            Map.of("Fn::Sub", "arn:aws:apigateway:${AWS::Region}:lambda:path/...")))))
                    .op("GET", "/placeholder", op -> op.integration(http("https://${ApiHost}/x")))
                    .check(new IntegrationUri())).isEmpty();
            assertThat(TestApi.http().op("GET", "/f", op -> op.integration(lambdaProxy().uri(TextValue.of(
                    "arn:aws:lambda:us-east-1:123456789012:function:f")))).check(new IntegrationUri())).isEmpty();
        }
    }

    @Test
    void lambda_needs_post_and_rest_integrations_need_a_method() {
        List<Finding> found = TestApi.rest()
                .op("GET", "/a", op -> op.integration(lambdaProxy().httpMethod("GET")))
                .op("GET", "/b", op -> op.integration(http("https://x.example.com").httpMethod(null)))
                .op("GET", "/c", op -> op.integration(http("https://x.example.com").httpMethod("FETCH")))
                .check(new IntegrationHttpMethod());
        assertThat(found).hasSize(3);
        assertThat(TestApi.rest().op("GET", "/a", op -> op.integration(lambdaProxy()))
                .op("GET", "/b", op -> op.integration(mock())).check(new IntegrationHttpMethod())).isEmpty();
    }

    @Test
    void proxy_integrations_ignore_templates_but_a_bare_default_response_is_fine() {
        assertThat(TestApi.rest().op("GET", "/a", op -> op.integration(lambdaProxy().requestTemplates(
                Map.of("application/json", TextValue.of("{}"))).responses(List.of(response("default", "200")))))
                .check(new ProxyIgnoresMappings())).singleElement()
                .satisfies(f -> assertThat(f.pointer()).endsWith("/requestTemplates"));
        assertThat(TestApi.rest().op("GET", "/a", op -> op.integration(lambdaProxy()
                .responses(List.of(response("default", "200"))))).check(new ProxyIgnoresMappings())).isEmpty();
    }

    @Test
    void mock_without_status_code_template() {
        assertThat(TestApi.rest().op("GET", "/a", op -> op.integration(mock().requestTemplates(Map.of())))
                .check(new MockWithoutStatusCode())).hasSize(1);
        assertThat(TestApi.rest().op("GET", "/a", op -> op.integration(mock())).check(new MockWithoutStatusCode()))
                .isEmpty();
    }

    @Test
    void integration_and_method_response_statuses_match() {
        TestApi api = TestApi.rest().op("GET", "/a", op -> op.response("200").response("302").response("400").integration(mock()
                .responses(List.of(response("default", "200"), response("5\\d{2}", "500")))));
        assertThat(api.check(new ResponseStatusMatch())).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("no 500 method response"));
        assertThat(api.check(new UnreachableMethodResponse())).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("302")); // 400 can come from a validator
        TestApi fine = TestApi.rest().op("GET", "/a", op -> op.response("200").integration(mock()));
        assertThat(fine.check(new ResponseStatusMatch())).isEmpty();
        assertThat(fine.check(new UnreachableMethodResponse())).isEmpty();
    }

    @Test
    void non_proxy_integrations_need_responses() {
        assertThat(TestApi.rest().op("GET", "/a", op -> op.integration(mock().responses(List.of())))
                .check(new NoIntegrationResponses())).hasSize(1);
        assertThat(TestApi.rest().op("GET", "/a", op -> op.integration(lambdaProxy()))
                .check(new NoIntegrationResponses())).isEmpty();
    }

    @Test
    void vpc_link_needs_a_connection_id() {
        assertThat(TestApi.rest().op("GET", "/a", op -> op.integration(http("http://nlb.example.com")
                .connectionType("VPC_LINK"))).check(new VpcLinkConnection())).hasSize(1);
        assertThat(TestApi.rest().op("GET", "/a", op -> op.integration(http("http://nlb.example.com")
                .connectionType("VPC_LINK").connectionId(TextValue.of("${stageVariables.link}"))))
                .check(new VpcLinkConnection())).isEmpty();
    }

    @Test
    void a_shared_integration_is_reported_once_at_its_own_place() {
        List<Finding> found = TestApi.rest().shared("slow", mock().timeoutInMillis(1).build())
                .op("GET", "/a", op -> op.integrationRef("slow")).op("GET", "/b", op -> op.integrationRef("slow"))
                .check(new TimeoutRange());
        assertThat(found).singleElement().satisfies(f -> assertThat(f.pointer())
                .isEqualTo("/components/x-amazon-apigateway-integrations/slow/timeoutInMillis"));
    }
}
