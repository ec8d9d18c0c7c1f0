package dev.apigw.model.project;

/** An API key a client sends in {@code x-api-key} (or an authorizer returns as usageIdentifierKey). */
public record ApiKey(String name, String value, boolean enabled) {
}
