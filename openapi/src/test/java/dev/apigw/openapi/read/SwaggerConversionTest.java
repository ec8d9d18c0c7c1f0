package dev.apigw.openapi.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apigw.model.api.ApiDefinition;
import dev.apigw.model.api.Method;
import dev.apigw.model.api.ParameterLocation;
import dev.apigw.openapi.source.SourceDocument;
import dev.apigw.openapi.write.ExportOptions;
import dev.apigw.openapi.write.OpenApiExporter;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Swagger 2.0 ⇄ OpenAPI 3.0 in both directions. */
class SwaggerConversionTest {
    private final ApiDefinition swagger = Fixtures.api("petstore.swagger2.json");
    private final OpenApiExporter exporter = new OpenApiExporter();

    private JsonNode export(ApiDefinition api, ExportOptions.SpecType type) {
        ExportOptions options = new ExportOptions(type, ExportOptions.Format.JSON,
                Set.of(ExportOptions.ExtensionGroup.APIGATEWAY), Optional.empty());
        return SourceDocument.parse("x.json", exporter.export(api, options, Optional.empty())).root();
    }

    @Test
    void bodyParameterBecomesRequestBodyPerConsumedType() {
        Method post = swagger.resource("/pets").orElseThrow().method("POST").orElseThrow();
        assertThat(post.requestBody().orElseThrow().content()).containsOnlyKeys("application/json",
                "application/xml");
        assertThat(post.requestBody().orElseThrow().required()).isTrue();
        assertThat(post.requestBody().orElseThrow().content().get("application/json").modelName()).contains("NewPet");
    }

    @Test
    void nonBodyParametersGetSchemas() {
        Method get = swagger.resource("/pets").orElseThrow().method("GET").orElseThrow();
        assertThat(get.parameters().get(0).in()).contains(ParameterLocation.QUERY);
        assertThat(get.parameters().get(0).schema().orElseThrow()).containsEntry("type", "string")
                .containsKey("enum");
    }

    @Test
    void exportsSwaggerAsOpenApi3() {
        JsonNode oas = export(swagger, ExportOptions.SpecType.OAS30);
        assertThat(oas.path("openapi").asText()).startsWith("3.0");
        assertThat(oas.path("servers").get(0).path("url").asText())
                .isEqualTo("https://abc.execute-api.us-east-1.amazonaws.com/prod/api");
        assertThat(oas.at("/components/schemas/Pet").isObject()).isTrue();
        assertThat(oas.at("/components/securitySchemes/oauth/flows/authorizationCode/tokenUrl").asText())
                .isEqualTo("https://auth.example.com/token");
        assertThat(oas.at("/components/securitySchemes/basic/scheme").asText()).isEqualTo("basic");
        assertThat(oas.at("/paths/~1pets/post/requestBody/content/application~1xml/schema/$ref").asText())
                .isEqualTo("#/components/schemas/NewPet");
        assertThat(oas.at("/paths/~1pets/get/responses/200/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/Pets");
        assertThat(oas.at("/paths/~1pets/post/consumes").isMissingNode()).isTrue();
        assertThat(oas.at("/paths/~1upload/post/requestBody/content/application~1x-www-form-urlencoded/schema/required")
                .get(0).asText()).isEqualTo("file");
    }

    @Test
    void exportsOpenApi3AsSwagger() {
        ApiDefinition oas3 = Fixtures.api("all-extensions.oas30.yaml");
        JsonNode sw = export(oas3, ExportOptions.SpecType.SWAGGER);
        assertThat(sw.path("swagger").asText()).isEqualTo("2.0");
        assertThat(sw.path("host").asText()).isEqualTo("abc123.execute-api.us-east-1.amazonaws.com");
        assertThat(sw.path("basePath").asText()).isEqualTo("/v1");
        assertThat(sw.at("/definitions/NewPet/required/0").asText()).isEqualTo("name");
        assertThat(sw.at("/definitions/Pets/items/$ref").asText()).isEqualTo("#/definitions/Pet");
        JsonNode body = sw.at("/paths/~1pets/post/parameters/0");
        assertThat(body.path("in").asText()).isEqualTo("body");
        assertThat(body.at("/schema/$ref").asText()).isEqualTo("#/definitions/NewPet");
        assertThat(sw.at("/paths/~1pets/get/parameters/0/type").asText()).isEqualTo("integer");
        assertThat(sw.at("/paths/~1pets/get/responses/200/schema/$ref").asText()).isEqualTo("#/definitions/Pets");
        assertThat(sw.at("/paths/~1pets/get/responses/200/headers/X-Count/type").asText()).isEqualTo("integer");
        assertThat(sw.at("/securityDefinitions/lambda-token/x-amazon-apigateway-authorizer/type").asText())
                .isEqualTo("token");
        // Swagger 2 has no components: the $ref'd integration is inlined.
        assertThat(sw.at("/paths/~1pets/post/x-amazon-apigateway-integration/type").asText()).isEqualTo("aws");
        assertThat(sw.at("/x-amazon-apigateway-endpoint-configuration/types/0").asText()).isEqualTo("REGIONAL");
        assertThat(((ObjectNode) sw).has("components")).isFalse();
    }

    @Test
    void swaggerExportReimportsToTheSameResources() {
        ApiDefinition oas3 = Fixtures.api("all-extensions.oas30.yaml");
        JsonNode sw = export(oas3, ExportOptions.SpecType.SWAGGER);
        ApiDefinition back = new OpenApiImporter().importDocument(SourceDocument.parse("s.json", sw.toString()),
                ImportOptions.defaults()).api();
        assertThat(back.resources()).extracting(r -> r.path()).isEqualTo(oas3.resources().stream()
                .map(r -> r.path()).toList());
        assertThat(back.models()).isEqualTo(oas3.models());
    }
}
