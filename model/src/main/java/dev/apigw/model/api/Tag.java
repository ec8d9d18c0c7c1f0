package dev.apigw.model.api;

import dev.apigw.model.Immutable;
import java.util.Map;
import java.util.Optional;

/** A top-level OpenAPI tag; {@code x-amazon-apigateway-tag-value} makes it an HTTP API resource tag. */
public record Tag(String name, Optional<String> value, Map<String, Object> documentation) {
    public Tag {
        documentation = Immutable.map(documentation);
    }
}
