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
        String message = "User is not authorized to access this resource";
        return new GatewayResponseException(GatewayResponseType.ACCESS_DENIED, message)
                .withDefaultBody("{\"Message\":" + Json.quote(message) + "}");
    }
}
