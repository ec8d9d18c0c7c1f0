package dev.apigw.openapi.iac.sam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apigw.openapi.iac.CloudFormationTemplate;

/**
 * The ARNs and URIs SAM writes into the definitions it generates, resolved the way the template's own intrinsics
 * are: a function's ARN is {@code Fn::GetAtt Function.Arn} (named by its logical id, so the template loader can
 * bind it), and Lambda integrations call it through API Gateway's {@code lambda:path/2015-03-31} URI.
 */
final class LambdaArns {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final CloudFormationTemplate template;
    private final String partition;
    private final String region;

    LambdaArns(CloudFormationTemplate template) {
        this.template = template;
        this.partition = pseudo("AWS::Partition", "aws");
        this.region = pseudo("AWS::Region", "us-east-1");
    }

    /** {@code Fn::GetAtt [id, Arn]}: {@code arn:aws:lambda:us-east-1:123456789012:function:id} by default. */
    String functionArn(String functionId) {
        ObjectNode getAtt = NODES.objectNode();
        getAtt.putArray("Fn::GetAtt").add(functionId).add("Arn");
        JsonNode arn = template.resolve(getAtt, CloudFormationTemplate.pointer(functionId));
        return arn.isTextual() ? arn.asText() : "arn:" + partition + ":lambda:" + region + ":123456789012:function:"
                + functionId;
    }

    /** {@code Fn::GetAtt [id, Arn]} of a state machine: what SAM's {@code ${StateMachine}} gives. */
    String stateMachineArn(String stateMachineId) {
        ObjectNode getAtt = NODES.objectNode();
        getAtt.putArray("Fn::GetAtt").add(stateMachineId).add("Arn");
        JsonNode arn = template.resolve(getAtt, CloudFormationTemplate.pointer(stateMachineId));
        return arn.isTextual() ? arn.asText() : "arn:" + partition + ":states:" + region
                + ":123456789012:stateMachine:" + stateMachineId;
    }

    /** The ARN of an IAM role SAM creates (it is not in the template, so it is built from the account). */
    String roleArn(String roleName) {
        ObjectNode ref = NODES.objectNode().put("Ref", "AWS::AccountId");
        JsonNode account = template.resolve(ref, "");
        return "arn:" + partition + ":iam::" + (account.isTextual() ? account.asText() : "123456789012") + ":role/"
                + roleName;
    }

    String region() {
        return region;
    }

    /** The Lambda proxy integration URI SAM writes for an Api or HttpApi event of this function. */
    String integrationUri(String functionId) {
        return invocations(functionArn(functionId));
    }

    /**
     * An authorizer's {@code authorizerUri} for {@code FunctionArn}; a value the resolver could not work out stays
     * a {@code Fn::Sub} so the importer can say which parameter is missing.
     */
    JsonNode authorizerUri(JsonNode functionArn) {
        if (functionArn.isTextual()) {
            return NODES.textNode(invocations(functionArn.asText()));
        }
        ObjectNode sub = NODES.objectNode();
        ObjectNode variables = NODES.objectNode();
        variables.set("__FunctionArn__", functionArn.deepCopy());
        sub.putArray("Fn::Sub").add(invocations("${__FunctionArn__}")).add(variables);
        return sub;
    }

    String partition() {
        return partition;
    }

    /** {@code Ref AWS::StackName}: the title SAM gives a definition it generates. */
    String stackName() {
        return pseudo("AWS::StackName", "apigw-local");
    }

    private String invocations(String arn) {
        return "arn:" + partition + ":apigateway:" + region + ":lambda:path/2015-03-31/functions/" + arn
                + "/invocations";
    }

    private String pseudo(String name, String fallback) {
        ObjectNode ref = NODES.objectNode().put("Ref", name);
        JsonNode value = template.resolve(ref, "");
        return value.isTextual() ? value.asText() : fallback;
    }
}
