package dev.apigw.simulator.gateway;

import dev.apigw.model.api.GatewayResponseType;

/** The {@code x-amzn-ErrorType} header API Gateway sends with each gateway response type. */
final class ErrorTypes {
    private ErrorTypes() {
    }

    static String of(GatewayResponseType type, int status) {
        return switch (type) {
            case MISSING_AUTHENTICATION_TOKEN -> "MissingAuthenticationTokenException";
            case INVALID_API_KEY -> "ForbiddenException";
            case ACCESS_DENIED -> "AccessDeniedException";
            case UNAUTHORIZED -> "UnauthorizedException";
            case AUTHORIZER_CONFIGURATION_ERROR, AUTHORIZER_FAILURE -> "AuthorizerConfigurationException";
            case THROTTLED -> "TooManyRequestsException";
            case QUOTA_EXCEEDED -> "LimitExceededException";
            case BAD_REQUEST_BODY, BAD_REQUEST_PARAMETERS -> "BadRequestException";
            case EXPIRED_TOKEN -> "ExpiredTokenException";
            case INVALID_SIGNATURE -> "InvalidSignatureException";
            case RESOURCE_NOT_FOUND -> "NotFoundException";
            case REQUEST_TOO_LARGE -> "RequestTooLargeException";
            case UNSUPPORTED_MEDIA_TYPE -> "UnsupportedMediaTypeException";
            case WAF_FILTERED -> "WAFFilteredException";
            case INTEGRATION_TIMEOUT, INTEGRATION_FAILURE, API_CONFIGURATION_ERROR, DEFAULT_5XX ->
                    "InternalServerErrorException";
            case DEFAULT_4XX -> "BadRequestException";
        };
    }
}
