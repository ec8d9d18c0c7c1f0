package dev.apigw.model.validation.rules;

import static dev.apigw.model.validation.TestApi.mock;
import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.model.validation.Finding;
import dev.apigw.model.validation.TestApi;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReferenceRulesTest {

    @Test
    void request_validator_names_must_be_defined() {
        List<Finding> found = TestApi.rest().validator("all").defaultValidator("body-only")
                .op("GET", "/a", op -> op.validator("params").integration(mock()))
                .op("GET", "/b", op -> op.validator("all").integration(mock()))
                .check(new UnknownRequestValidator());
        assertThat(found).extracting(Finding::pointer).containsExactly(
                "/x-amazon-apigateway-request-validator",
                "/paths/~1a/get/x-amazon-apigateway-request-validator");
    }

    @Test
    void security_requirements_must_name_schemes() {
        List<Finding> found = TestApi.rest().apiKeyScheme("api_key").security("api_key")
                .op("GET", "/a", op -> op.security("MyAuthoriser").integration(mock()))
                .check(new UnknownSecurityScheme());
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.pointer()).isEqualTo("/paths/~1a/get/security/0");
            assertThat(f.message()).contains("MyAuthoriser");
        });
    }

    @Test
    void model_refs_must_resolve_in_bodies_responses_and_models() {
        List<Finding> found = TestApi.rest()
                .model("Pet", Map.of("type", "object", "properties", Map.of("owner",
                        Map.of("$ref", "#/components/schemas/Owner"))))
                .op("POST", "/pets", op -> op.body(Map.of("$ref", "#/components/schemas/Pet"))
                        .jsonResponse("200", Map.of("type", "array", "items", Map.of("$ref", "#/definitions/Pets")))
                        .integration(mock()))
                .check(new UnknownModel());
        assertThat(found).extracting(Finding::pointer).containsExactlyInAnyOrder(
                "/components/schemas/Pet/properties/owner/$ref",
                "/paths/~1pets/post/responses/200/content/application~1json/schema/items/$ref");
    }

    @Test
    void component_refs_must_resolve() {
        assertThat(TestApi.rest().op("GET", "/a", op -> op.paramRef("#/components/parameters/limit")
                .integration(mock())).check(new UnknownComponentRef())).singleElement()
                .satisfies(f -> assertThat(f.pointer()).isEqualTo("/paths/~1a/get/parameters/0"));
        assertThat(TestApi.rest().op("GET", "/a", op -> op.integration(mock())).check(new UnknownComponentRef()))
                .isEmpty();
    }
}
