package dev.apigw.simulator.gateway;

import dev.apigw.model.api.GatewayResponseType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An error API Gateway answers itself with a gateway response. Every such error in the pipeline is one throw of
 * this exception; {@link GatewayResponder} turns it into the configured (or default) response.
 */
public final class GatewayResponseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient GatewayResponseType type;
    private final int status;
    private final String errorType;
    private final String defaultBody;
    private final String validationErrorString;
    /** Headers AWS adds to this error itself (an HTTP API JWT authorizer's {@code www-authenticate}). */
    private final transient Map<String, String> headers;

    private GatewayResponseException(GatewayResponseType type, int status, String message, String errorType,
            String defaultBody, String validationErrorString, Throwable cause) {
        this(type, status, message, errorType, defaultBody, validationErrorString, cause, Map.of());
    }

    private GatewayResponseException(GatewayResponseType type, int status, String message, String errorType,
            String defaultBody, String validationErrorString, Throwable cause, Map<String, String> headers) {
        super(message, cause);
        this.type = type;
        this.status = status;
        this.errorType = errorType;
        this.defaultBody = defaultBody;
        this.validationErrorString = validationErrorString;
        this.headers = headers;
    }

    /** A gateway response of this type with its default status; the body is {@code {"message":"<message>"}}. */
    public GatewayResponseException(GatewayResponseType type, String message) {
        this(type, type.defaultStatus(), message, ErrorTypes.of(type, type.defaultStatus()),
                compactBody(message), null, null);
    }

    /** The same error with another status (DEFAULT_5XX answers 502 for a bad Lambda proxy response, for example). */
    public GatewayResponseException withStatus(int newStatus) {
        return new GatewayResponseException(type, newStatus, getMessage(), ErrorTypes.of(type, newStatus),
                defaultBody, validationErrorString, getCause(), headers);
    }

    /** The same error, its default body written {@code {"message": "..."}} as AWS does for some errors. */
    public GatewayResponseException spaced() {
        return new GatewayResponseException(type, status, getMessage(), errorType, spacedBody(getMessage()),
                validationErrorString, getCause(), headers);
    }

    /** The same error with a body AWS writes its own way ({@code {"Message":...}}, {@code {"message": null}}). */
    public GatewayResponseException withDefaultBody(String body) {
        return new GatewayResponseException(type, status, getMessage(), errorType, body, validationErrorString,
                getCause());
    }

    /** Sets {@code $context.error.validationErrorString}. */
    public GatewayResponseException withValidationErrors(String text) {
        return new GatewayResponseException(type, status, getMessage(), errorType, defaultBody, text, getCause(),
                headers);
    }

    /** Keeps what went wrong inside the simulator, for the execution log. */
    public GatewayResponseException causedBy(Throwable cause) {
        return new GatewayResponseException(type, status, getMessage(), errorType, defaultBody,
                validationErrorString, cause, headers);
    }

    /** The same error with another {@code x-amzn-ErrorType} (IAM's UnrecognizedClientException, for example). */
    public GatewayResponseException withErrorType(String newErrorType) {
        return new GatewayResponseException(type, status, getMessage(), newErrorType, defaultBody,
                validationErrorString, getCause(), headers);
    }

    /** The same error with one more response header that AWS sends with it. */
    public GatewayResponseException withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new GatewayResponseException(type, status, getMessage(), errorType, defaultBody,
                validationErrorString, getCause(), Map.copyOf(more));
    }

    /** Headers AWS sends with this error before any customisation. */
    public Map<String, String> headers() {
        return headers;
    }

    public GatewayResponseType type() {
        return type;
    }

    /** The status before any customisation. */
    public int status() {
        return status;
    }

    /** The {@code x-amzn-ErrorType} value, empty for errors AWS sends without one. */
    public Optional<String> errorType() {
        return Optional.ofNullable(errorType);
    }

    /** The body when no gateway response template applies. */
    public String defaultBody() {
        return defaultBody;
    }

    public Optional<String> validationErrorString() {
        return Optional.ofNullable(validationErrorString);
    }

    private static String compactBody(String message) {
        return "{\"message\":" + Json.quote(message) + "}";
    }

    private static String spacedBody(String message) {
        return "{\"message\": " + Json.quote(message) + "}";
    }
}
