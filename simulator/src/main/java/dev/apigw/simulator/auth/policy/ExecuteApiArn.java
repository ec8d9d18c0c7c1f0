package dev.apigw.simulator.auth.policy;

import dev.apigw.simulator.pipeline.ContextValues;
import dev.apigw.simulator.pipeline.Deployment;
import dev.apigw.simulator.pipeline.Invocation;

/**
 * The execute-api ARN of a request, {@code arn:aws:execute-api:{region}:{account}:{apiId}/{stage}/{METHOD}/{path}}
 * (the path as called, without its leading slash): a Lambda authorizer's {@code methodArn} and the resource that
 * policies name.
 */
public final class ExecuteApiArn {
    private ExecuteApiArn() {
    }

    public static String of(Invocation inv) {
        String path = inv.request().path();
        return apiPrefix(inv.deployment()) + "/" + inv.deployment().stage().name() + "/" + inv.request().method()
                + "/" + (path.startsWith("/") ? path.substring(1) : path);
    }

    /** {@code arn:aws:execute-api:{region}:{account}:{apiId}}. */
    public static String apiPrefix(Deployment deployment) {
        return "arn:aws:execute-api:" + ContextValues.REGION + ":" + ContextValues.ACCOUNT_ID + ":"
                + deployment.apiId();
    }

    /**
     * Expands a resource policy's shorthand {@code execute-api:/stage/METHOD/path} to this API's full ARN, as API
     * Gateway does when the policy is saved.
     */
    public static String expand(String resource, Deployment deployment) {
        return resource.startsWith("execute-api:/") ? apiPrefix(deployment) + resource.substring("execute-api:".length())
                : resource;
    }
}
