package dev.apigw.model.api;

/** {@code x-amazon-apigateway-auth} of HTTP APIs: {@code type} AWS_IAM or NONE. */
public record RouteAuth(String type) {
}
