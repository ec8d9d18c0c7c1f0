package dev.apigw.openapi.iac.sam;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apigw.model.api.Integration;
import dev.apigw.model.api.IntegrationType;
import dev.apigw.model.api.TextValue;
import dev.apigw.openapi.iac.TemplateApi;
import org.junit.jupiter.api.Test;

/** A state machine's Api event: SAM's AWS integration calling Step Functions' StartExecution. */
class SamStateMachineTest {
    private final TemplateApi api = SamFixtures.read("state-machine.yaml").get(0);
    private final JsonNode integration = SamFixtures.definition(api).at("/paths/~1orders/post"
            + "/x-amazon-apigateway-integration");

    @Test
    void starts_an_execution_with_the_request_body_as_input() {
        assertThat(api.logicalId()).isEqualTo("ServerlessRestApi");
        assertThat(integration.path("type").asText()).isEqualTo("aws");
        assertThat(integration.path("uri").asText())
                .isEqualTo("arn:aws:apigateway:us-east-1:states:action/StartExecution");
        assertThat(integration.path("credentials").asText()).isEqualTo("arn:aws:iam::123456789012:role/"
                + "OrderFlowStartRole");
        assertThat(integration.at("/requestTemplates/application~1json").asText()).isEqualTo("{\"input\": "
                + "\"$util.escapeJavaScript($input.json('$'))\", \"stateMachineArn\": "
                + "\"arn:aws:states:us-east-1:123456789012:stateMachine:OrderFlow\"}");
        assertThat(integration.path("responses").fieldNames()).toIterable().containsExactly("200", "400");
        assertThat(api.diagnostics()).isEmpty();
    }

    @Test
    void imports_as_an_aws_service_integration() {
        Integration imported = SamFixtures.model(api).resource("/orders").orElseThrow().method("POST")
                .orElseThrow().integration().orElseThrow();
        assertThat(imported.type()).contains(IntegrationType.AWS);
        assertThat(imported.uri().flatMap(TextValue::literal)).contains(
                "arn:aws:apigateway:us-east-1:states:action/StartExecution");
        assertThat(imported.responses()).hasSize(2);
    }
}
