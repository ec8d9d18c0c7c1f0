package dev.apigw.model.api;

/** One entry of {@code x-amazon-apigateway-request-validators}. */
public record RequestValidator(String name, boolean validateRequestBody, boolean validateRequestParameters) {
}
