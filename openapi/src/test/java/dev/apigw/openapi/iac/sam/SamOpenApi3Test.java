package dev.apigw.openapi.iac.sam;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apigw.model.api.ApiDefinition;
import dev.apigw.model.api.Method;
import dev.apigw.model.project.ApiKey;
import dev.apigw.openapi.iac.TemplateApi;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code OpenApiVersion: '3.0'} in Globals (OpenAPI 3 definitions, no extra stage), an AWS_IAM default authorizer
 * with SAM's caller credentials, a SHARED usage plan, resource policy shorthand and endpoint settings.
 */
class SamOpenApi3Test {
    private final List<TemplateApi> apis = SamFixtures.read("openapi3-app.yaml");
    private final TemplateApi pub = SamFixtures.api(apis, "PublicApi");
    private final JsonNode doc = SamFixtures.definition(pub);

    @Test
    void generates_openapi_3_0_1_with_components() {
        assertThat(doc.path("openapi").asText()).isEqualTo("3.0.1");
        assertThat(doc.has("swagger")).isFalse();
        assertThat(doc.at("/components/schemas/pet/type").asText()).isEqualTo("object");
        JsonNode post = doc.at("/paths/~1pets/post");
        assertThat(post.at("/requestBody/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/pet");
        assertThat(post.at("/parameters/0").toString()).isEqualTo("{\"in\":\"query\",\"name\":\"dryRun\","
                + "\"required\":false,\"schema\":{\"type\":\"string\"}}");
        assertThat(post.path("x-amazon-apigateway-request-validator").asText()).isEqualTo("body-and-params");
    }

    @Test
    void uses_aws_iam_with_caller_credentials_unless_the_event_sets_an_invoke_role() {
        assertThat(doc.at("/components/securitySchemes/AWS_IAM/x-amazon-apigateway-authtype").asText())
                .isEqualTo("awsSigv4");
        assertThat(doc.at("/paths/~1pets/get/security").toString()).isEqualTo("[{\"AWS_IAM\":[]}]");
        assertThat(doc.at("/paths/~1pets/get/x-amazon-apigateway-integration/credentials").asText())
                .isEqualTo("arn:aws:iam::*:user/*");
        assertThat(doc.at("/paths/~1pets/post/x-amazon-apigateway-integration").has("credentials")).isFalse();
        ApiDefinition model = SamFixtures.model(pub);
        Method get = model.resource("/pets").orElseThrow().method("GET").orElseThrow();
        assertThat(model.securitySchemes().get("AWS_IAM").isIam()).isTrue();
        assertThat(model.securityOf(get)).singleElement().satisfies(r -> assertThat(r.schemes())
                .containsOnlyKeys("AWS_IAM"));
    }

    @Test
    void writes_the_account_allow_list_and_the_custom_statements() {
        JsonNode statements = doc.at("/x-amazon-apigateway-policy/Statement");
        assertThat(statements.size()).isEqualTo(2);
        assertThat(statements.get(0).at("/Principal/AWS/0").asText()).isEqualTo("111122223333");
        assertThat(statements.get(0).path("Resource").toString())
                .isEqualTo("[\"execute-api:/prod/POST/pets\",\"execute-api:/prod/GET/pets\"]");
        assertThat(statements.get(1).path("Resource").asText()).isEqualTo("execute-api:/*");
    }

    @Test
    void sets_the_endpoint_configuration() {
        assertThat(doc.path("x-amazon-apigateway-endpoint-configuration").toString())
                .isEqualTo("{\"types\":[\"PRIVATE\"],\"vpcEndpointIds\":[\"vpce-0123456789abcdef0\"]}");
        assertThat(doc.at("/servers/0/x-amazon-apigateway-endpoint-configuration/disableExecuteApiEndpoint")
                .asBoolean()).isTrue();
    }

    @Test
    void has_no_extra_stage_and_keeps_the_access_log_format() {
        assertThat(pub.config().stages()).containsOnlyKeys("prod");
        assertThat(pub.config().stages().get("prod").accessLog()).hasValueSatisfying(a ->
                assertThat(a.format()).isEqualTo("$context.requestId $context.status"));
        assertThat(SamFixtures.api(apis, "InternalApi").config().stages()).containsOnlyKeys("internal");
    }

    @Test
    void shares_one_usage_plan_and_key_between_the_apis() {
        ApiKey shared = new ApiKey("ServerlessApiKey", "apigw-local-key-ServerlessApiKey", true);
        for (TemplateApi api : apis) {
            assertThat(api.config().apiKeys()).containsExactly(shared);
            assertThat(api.config().usagePlans()).singleElement().satisfies(plan -> {
                assertThat(plan.name()).isEqualTo("ServerlessUsagePlan");
                assertThat(plan.apiKeys()).containsExactly("ServerlessApiKey");
                assertThat(plan.quota()).hasValueSatisfying(q -> assertThat(q.period()).isEqualTo("MONTH"));
            });
        }
        assertThat(shared.value()).hasSizeGreaterThanOrEqualTo(20);
    }

    @Test
    void warns_about_the_domain_and_the_log_destination() {
        assertThat(pub.diagnostics()).extracting(d -> d.location().pointer()).containsExactly(
                "/Resources/PublicApi/Properties/Domain",
                "/Resources/PublicApi/Properties/AccessLogSetting/DestinationArn");
        assertThat(pub.diagnostics()).allSatisfy(d -> assertThat(d.ruleId()).isEqualTo(SamApis.RULE_NOT_EMULATED));
    }
}
