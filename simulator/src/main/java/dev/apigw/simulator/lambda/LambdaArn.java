package dev.apigw.simulator.lambda;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The function behind a Lambda integration URI
 * ({@code arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/<function ARN>/invocations}).
 */
public record LambdaArn(String functionArn, String functionName) {
    private static final Pattern INTEGRATION_URI =
            Pattern.compile("^arn:aws[a-z-]*:apigateway:[^:]*:lambda:path/[^/]+/functions/(.+?)/invocations/?$");

    public static Optional<LambdaArn> fromIntegrationUri(String uri) {
        Matcher m = INTEGRATION_URI.matcher(uri.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(fromFunction(m.group(1)));
    }

    /** A function ARN ({@code arn:aws:lambda:region:account:function:name[:qualifier]}) or a bare name. */
    public static LambdaArn fromFunction(String function) {
        String[] parts = function.split(":");
        int idx = -1;
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].equals("function")) {
                idx = i;
            }
        }
        String name = idx >= 0 && idx + 1 < parts.length ? parts[idx + 1] : function;
        return new LambdaArn(function, name);
    }
}
