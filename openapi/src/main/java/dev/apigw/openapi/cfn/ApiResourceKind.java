package dev.apigw.openapi.cfn;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.Optional;

/** The resource types that can carry an OpenAPI definition, and the properties that hold it. */
enum ApiResourceKind {
    REST_API("AWS::ApiGateway::RestApi", false, "Body", "BodyS3Location"),
    HTTP_API("AWS::ApiGatewayV2::Api", true, "Body", "BodyS3Location"),
    SAM_API("AWS::Serverless::Api", false, "DefinitionBody", "DefinitionUri"),
    SAM_HTTP_API("AWS::Serverless::HttpApi", true, "DefinitionBody", "DefinitionUri");

    private final String type;
    private final boolean httpApi;
    private final String inlineProperty;
    private final String locationProperty;

    ApiResourceKind(String type, boolean httpApi, String inlineProperty, String locationProperty) {
        this.type = type;
        this.httpApi = httpApi;
        this.inlineProperty = inlineProperty;
        this.locationProperty = locationProperty;
    }

    static Optional<ApiResourceKind> of(String type) {
        return Arrays.stream(values()).filter(k -> k.type.equals(type)).findFirst();
    }

    static Optional<ApiResourceKind> of(JsonNode resource) {
        return of(resource.path("Type").asText(""));
    }

    String type() {
        return type;
    }

    boolean httpApi() {
        return httpApi;
    }

    /** {@code Body} or {@code DefinitionBody}: the definition written in the template. */
    String inlineProperty() {
        return inlineProperty;
    }

    /** {@code BodyS3Location} or {@code DefinitionUri}: the definition kept in another file. */
    String locationProperty() {
        return locationProperty;
    }

    boolean carriesDefinition(JsonNode resource) {
        JsonNode properties = resource.path("Properties");
        return properties.has(inlineProperty) || properties.has(locationProperty);
    }

    static String allTypes() {
        return String.join(", ", Arrays.stream(values()).map(ApiResourceKind::type).toList());
    }
}
