package dev.apigw.model.api;

/** {@code x-amazon-apigateway-api-key-source}. */
public enum ApiKeySource {
    HEADER,
    AUTHORIZER
}
