package dev.apigw.model.api;

import java.util.Optional;

/** Every gateway response type API Gateway has, with its default status (none for the two defaults). */
public enum GatewayResponseType {
    ACCESS_DENIED(403),
    API_CONFIGURATION_ERROR(500),
    AUTHORIZER_CONFIGURATION_ERROR(500),
    AUTHORIZER_FAILURE(500),
    BAD_REQUEST_PARAMETERS(400),
    BAD_REQUEST_BODY(400),
    DEFAULT_4XX(0),
    DEFAULT_5XX(0),
    EXPIRED_TOKEN(403),
    INTEGRATION_FAILURE(504),
    INTEGRATION_TIMEOUT(504),
    INVALID_API_KEY(403),
    INVALID_SIGNATURE(403),
    MISSING_AUTHENTICATION_TOKEN(403),
    QUOTA_EXCEEDED(429),
    REQUEST_TOO_LARGE(413),
    RESOURCE_NOT_FOUND(404),
    THROTTLED(429),
    UNAUTHORIZED(401),
    UNSUPPORTED_MEDIA_TYPE(415),
    WAF_FILTERED(403);

    private final int defaultStatus;

    GatewayResponseType(int defaultStatus) {
        this.defaultStatus = defaultStatus;
    }

    public int defaultStatus() {
        return defaultStatus;
    }

    /** DEFAULT_4XX or DEFAULT_5XX, the customisation a type without its own falls back to. */
    public GatewayResponseType fallback() {
        return defaultStatus >= 500 ? DEFAULT_5XX : DEFAULT_4XX;
    }

    public static Optional<GatewayResponseType> parse(String text) {
        try {
            return Optional.of(valueOf(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
