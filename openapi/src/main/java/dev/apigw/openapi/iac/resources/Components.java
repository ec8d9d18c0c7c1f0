package dev.apigw.openapi.iac.resources;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apigw.openapi.json.Json;
import java.util.Optional;

/**
 * What methods of one API share in its OpenAPI document, filled while the resources are read: models as
 * {@code components.schemas}, authorizers (plus API Gateway's {@code api_key} and {@code sigv4} schemes, added
 * once a method needs them) as {@code components.securitySchemes}, request validators and gateway responses.
 */
final class Components {
    /** The scheme name get-export gives the API-key requirement. */
    static final String API_KEY_SCHEME = "api_key";
    /** The scheme name get-export gives AWS_IAM authorization. */
    static final String SIGV4_SCHEME = "sigv4";
    static final String SCHEMA_REF = "#/components/schemas/";

    private final ObjectNode schemas = Json.JSON.createObjectNode();
    private final ObjectNode securitySchemes = Json.JSON.createObjectNode();
    private final ObjectNode validators = Json.JSON.createObjectNode();
    private final ObjectNode gatewayResponses = Json.JSON.createObjectNode();

    ObjectNode schemas() {
        return schemas;
    }

    ObjectNode securitySchemes() {
        return securitySchemes;
    }

    ObjectNode validators() {
        return validators;
    }

    ObjectNode gatewayResponses() {
        return gatewayResponses;
    }

    /** {@code x-api-key} in a header, API Gateway's API-key requirement. */
    void useApiKey() {
        if (!securitySchemes.has(API_KEY_SCHEME)) {
            securitySchemes.putObject(API_KEY_SCHEME).put("type", "apiKey").put("name", "x-api-key")
                    .put("in", "header");
        }
    }

    /** SigV4-signed requests, as get-export writes AWS_IAM methods. */
    void useSigv4() {
        if (!securitySchemes.has(SIGV4_SCHEME)) {
            securitySchemes.putObject(SIGV4_SCHEME).put("type", "apiKey").put("name", "Authorization")
                    .put("in", "header").put("x-amazon-apigateway-authtype", "awsSigv4");
        }
    }

    /**
     * The {@code $ref} of a model by name. Every REST API has the models {@code Empty} and {@code Error}; they are
     * added when a method names them without the template defining them. Empty when no such model exists.
     */
    Optional<String> modelRef(String name) {
        if (!schemas.has(name)) {
            switch (name) {
                case "Empty" -> schemas.putObject(name).put("title", "Empty Schema").put("type", "object");
                case "Error" -> schemas.putObject(name).put("title", "Error Schema").put("type", "object")
                        .putObject("properties").putObject("message").put("type", "string");
                default -> {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(SCHEMA_REF + name);
    }
}
