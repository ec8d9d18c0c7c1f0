package dev.apigw.model.validation.rules;

import java.util.regex.Pattern;

/** The URI forms API Gateway accepts per integration type. */
final class IntegrationUris {
    private static final Pattern STAGE_VARIABLE = Pattern.compile("\\$\\{stageVariables\\.[A-Za-z0-9_]+}");
    static final Pattern HTTP_URL = Pattern.compile("(?i)https?://[^/\\s?#]+([/?#]\\S*)?");
    static final Pattern AWS_SERVICE = Pattern.compile(
            "arn:aws[a-z-]*:apigateway:[a-z0-9-]+:[A-Za-z0-9.-]+:(action|path)/\\S+");
    static final Pattern LAMBDA_INVOCATION = Pattern.compile(
            "arn:aws[a-z-]*:apigateway:[a-z0-9-]+:lambda:path/\\d{4}-\\d{2}-\\d{2}/functions/\\S+/"
                    + "(invocations|response-streaming-invocations)");
    static final Pattern LAMBDA_FUNCTION_ARN = Pattern.compile("arn:aws[a-z-]*:lambda:[a-z0-9-]+:\\d{12}:function:\\S+");
    static final Pattern HTTP_API_PRIVATE_TARGET = Pattern.compile(
            "arn:aws[a-z-]*:(elasticloadbalancing|servicediscovery):\\S+");

    private IntegrationUris() {
    }

    /** The URI with each {@code ${stageVariables.x}} replaced by a plain word, as AWS validates it. */
    static String withStageVariablesFilled(String uri) {
        return STAGE_VARIABLE.matcher(uri).replaceAll("stagevar");
    }

    /**
     * Whether the URI still holds a placeholder no one here can fill ({@code ${AWS::Region}} left by a template
     * tool, {@code {{region}}}); such URIs are not judged.
     */
    static boolean hasForeignPlaceholder(String filled) {
        return filled.contains("${") || filled.contains("{{");
    }

    static boolean isLambda(String uri) {
        return uri.contains(":lambda:path/") || LAMBDA_FUNCTION_ARN.matcher(uri).matches();
    }
}
