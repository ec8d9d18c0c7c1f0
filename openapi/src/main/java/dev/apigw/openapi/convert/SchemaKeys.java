package dev.apigw.openapi.convert;

import java.util.Set;

/** The keys of a Swagger 2 non-body parameter or header that belong to its schema in OpenAPI 3. */
final class SchemaKeys {
    static final Set<String> SWAGGER_SCHEMA_KEYS = Set.of("type", "format", "items", "default", "maximum",
            "exclusiveMaximum", "minimum", "exclusiveMinimum", "maxLength", "minLength", "pattern", "maxItems",
            "minItems", "uniqueItems", "enum", "multipleOf");

    static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace", "x-amazon-apigateway-any-method");

    private SchemaKeys() {
    }
}
