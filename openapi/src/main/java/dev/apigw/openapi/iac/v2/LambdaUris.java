package dev.apigw.openapi.iac.v2;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lambda integration URIs as API Gateway's exports write them: the function's invocation URI
 * ({@code arn:aws:apigateway:REGION:lambda:path/2015-03-31/functions/FUNCTION_ARN/invocations}). Templates often give
 * just the function ARN ({@code Fn::GetAtt Fn.Arn}, as CDK does for HTTP APIs), which API Gateway accepts for HTTP
 * APIs and turns into that form.
 */
final class LambdaUris {
    private static final Pattern FUNCTION_ARN = Pattern.compile("^arn:(aws[a-z-]*):lambda:([^:]+):[^:]*:function:.+$");

    private LambdaUris() {
    }

    static boolean isFunctionArn(String uri) {
        return FUNCTION_ARN.matcher(uri).matches();
    }

    static boolean isLambda(String uri) {
        return isFunctionArn(uri) || uri.contains(":lambda:path/");
    }

    static String invocationUri(String uri) {
        Matcher m = FUNCTION_ARN.matcher(uri);
        if (!m.matches()) {
            return uri;
        }
        return "arn:" + m.group(1) + ":apigateway:" + m.group(2) + ":lambda:path/2015-03-31/functions/" + uri
                + "/invocations";
    }
}
