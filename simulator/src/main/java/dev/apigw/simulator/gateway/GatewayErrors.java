package dev.apigw.simulator.gateway;

import dev.apigw.model.api.GatewayResponseType;
import java.util.List;

/** The gateway responses the pipeline throws, each with the exact message AWS sends. */
public final class GatewayErrors {
    private GatewayErrors() {
    }

    /** Unknown path, or a known path without the method. */
    public static GatewayResponseException missingAuthenticationToken() {
        return new GatewayResponseException(GatewayResponseType.MISSING_AUTHENTICATION_TOKEN,
                "Missing Authentication Token");
    }

    public static GatewayResponseException missingParameters(List<String> names) {
        String message = "Missing required request parameters: [" + String.join(", ", names) + "]";
        return new GatewayResponseException(GatewayResponseType.BAD_REQUEST_PARAMETERS, message).spaced()
                .withValidationErrors(message);
    }

    public static GatewayResponseException invalidBody(String validationErrors) {
        return new GatewayResponseException(GatewayResponseType.BAD_REQUEST_BODY, "Invalid request body").spaced()
                .withValidationErrors(validationErrors);
    }

    /**
     * A Lambda non-proxy integration whose mapped body is not JSON: Lambda's InvalidRequestContentException,
     * relayed to the client as 400 with Lambda's message.
     */
    public static GatewayResponseException unparseableLambdaPayload(String message) {
        return new GatewayResponseException(GatewayResponseType.DEFAULT_4XX, message).withStatus(400).spaced();
    }

    public static GatewayResponseException unsupportedMediaType() {
        return new GatewayResponseException(GatewayResponseType.UNSUPPORTED_MEDIA_TYPE, "Unsupported Media Type");
    }

    public static GatewayResponseException requestTooLarge() {
        return new GatewayResponseException(GatewayResponseType.REQUEST_TOO_LARGE, "Request Too Long");
    }

    public static GatewayResponseException timeout() {
        return new GatewayResponseException(GatewayResponseType.INTEGRATION_TIMEOUT, "Endpoint request timed out")
                .spaced();
    }

    /** A backend that cannot be reached. */
    public static GatewayResponseException integrationFailure() {
        return new GatewayResponseException(GatewayResponseType.INTEGRATION_FAILURE, "Internal server error")
                .withStatus(502).spaced();
    }

    /** A misconfigured method (no integration response matches, a bad mapping, an unknown function...). */
    public static GatewayResponseException internalError() {
        return new GatewayResponseException(GatewayResponseType.API_CONFIGURATION_ERROR, "Internal server error")
                .spaced();
    }

    /** A Lambda proxy function that failed or answered something API Gateway cannot read. */
    public static GatewayResponseException badGateway() {
        return new GatewayResponseException(GatewayResponseType.DEFAULT_5XX, "Internal server error").withStatus(502)
                .spaced();
    }

    /**
     * {@code Cache-Control: max-age=0} from a caller that may not invalidate the cache, with the method's
     * {@code unauthorizedCacheControlHeaderStrategy} FAIL_WITH_403: an IAM-style denial (capital M in the body).
     */
    public static GatewayResponseException cacheInvalidationDenied() {
        return capitalMessage(GatewayResponseType.ACCESS_DENIED, "User is not authorized to access this resource");
    }

    /** A method that requires an API key, called without a valid one bound to the stage (missing keys too). */
    public static GatewayResponseException invalidApiKey() {
        return new GatewayResponseException(GatewayResponseType.INVALID_API_KEY, "Forbidden");
    }

    /** A token bucket (account, stage, method or usage plan) had no token left. */
    public static GatewayResponseException throttled() {
        return new GatewayResponseException(GatewayResponseType.THROTTLED, "Too Many Requests");
    }

    /** The API key used up its usage plan quota for the period. */
    public static GatewayResponseException quotaExceeded() {
        return new GatewayResponseException(GatewayResponseType.QUOTA_EXCEEDED, "Limit Exceeded");
    }

    // --- Cognito user pool, JWT and IAM authorization ---

    /**
     * A Cognito or JWT authorizer without a token, or with one it does not accept: 401 {"message":"Unauthorized"};
     * also a Lambda authorizer's missing identity source or its answer "Unauthorized".
     */
    public static GatewayResponseException unauthorized() {
        return new GatewayResponseException(GatewayResponseType.UNAUTHORIZED, "Unauthorized");
    }

    /** A Lambda authorizer's policy has no Allow for the method: {@code {"Message":...}} with a capital M. */
    public static GatewayResponseException authorizerAccessDenied() {
        return capitalMessage(GatewayResponseType.ACCESS_DENIED, "User is not authorized to access this resource");
    }

    /** A Lambda authorizer's policy denies the method explicitly. */
    public static GatewayResponseException authorizerExplicitDeny() {
        return capitalMessage(GatewayResponseType.ACCESS_DENIED,
                "User is not authorized to access this resource with an explicit deny");
    }

    /** The API's resource policy does not allow an anonymous caller, or (explicit) denies it. */
    public static GatewayResponseException resourcePolicyDenied(String resourceArn, boolean explicit) {
        return identityPolicyDenied("anonymous", resourceArn, explicit);
    }

    /**
     * A caller ({@code anonymous}, or an AWS_IAM caller's user ARN) whom a policy does not allow, or explicitly
     * denies, to invoke the method.
     */
    public static GatewayResponseException identityPolicyDenied(String user, String resourceArn, boolean explicit) {
        return capitalMessage(GatewayResponseType.ACCESS_DENIED, "User: " + user
                + " is not authorized to perform: execute-api:Invoke on resource: " + resourceArn
                + (explicit ? " with an explicit deny" : ""));
    }

    /** A Lambda authorizer that failed or answered something API Gateway cannot read: AWS sends a null message. */
    public static GatewayResponseException authorizerConfigurationError() {
        return new GatewayResponseException(GatewayResponseType.AUTHORIZER_CONFIGURATION_ERROR, null)
                .withDefaultBody("{\"message\": null}");
    }

    private static GatewayResponseException capitalMessage(GatewayResponseType type, String message) {
        return new GatewayResponseException(type, message)
                .withDefaultBody("{\"Message\":" + Json.quote(message) + "}");
    }

    /** A Cognito user pool authorizer given a token past its {@code exp}. */
    public static GatewayResponseException incomingTokenExpired() {
        return new GatewayResponseException(GatewayResponseType.UNAUTHORIZED, "The incoming token has expired");
    }

    /** An HTTP API JWT authorizer given a valid token without any of the route's scopes. */
    public static GatewayResponseException insufficientScope() {
        return new GatewayResponseException(GatewayResponseType.ACCESS_DENIED, "Forbidden")
                .withErrorType("ForbiddenException");
    }

    /** An AWS_IAM method called with an Authorization header that is not a whole SigV4 one. */
    public static GatewayResponseException incompleteSignature(String message) {
        return new GatewayResponseException(GatewayResponseType.INVALID_SIGNATURE, message)
                .withErrorType("IncompleteSignatureException");
    }

    /** An AWS_IAM method called with an access key the simulator does not know. */
    public static GatewayResponseException unrecognizedClient() {
        return new GatewayResponseException(GatewayResponseType.INVALID_SIGNATURE,
                "The security token included in the request is invalid.")
                .withErrorType("UnrecognizedClientException");
    }

    /** A SigV4 signature that is wrong, too old, from the future or scoped to another service. */
    public static GatewayResponseException invalidSignature(String message) {
        return new GatewayResponseException(GatewayResponseType.INVALID_SIGNATURE, message);
    }
}
