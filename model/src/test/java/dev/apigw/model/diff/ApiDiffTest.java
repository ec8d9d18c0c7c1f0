package dev.apigw.model.diff;

import static dev.apigw.model.validation.TestApi.authorizer;
import static dev.apigw.model.validation.TestApi.http;
import static dev.apigw.model.validation.TestApi.lambdaProxy;
import static dev.apigw.model.validation.TestApi.mock;
import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.model.api.ApiDefinition;
import dev.apigw.model.api.AuthorizerType;
import dev.apigw.model.api.Method;
import dev.apigw.model.api.Parameter;
import dev.apigw.model.api.RequestBody;
import dev.apigw.model.api.Resource;
import dev.apigw.model.api.RouteAuth;
import dev.apigw.model.api.ParameterLocation;
import dev.apigw.model.validation.TestApi;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ApiDiffTest {

    private static List<Change> diff(TestApi oldApi, TestApi newApi) {
        return ApiDiff.compare(oldApi.build(), newApi.build());
    }

    private static TestApi one(String verb, String path, Consumer<TestApi.Op> spec) {
        return TestApi.rest().op(verb, path, spec);
    }

    private static Change only(List<Change> changes) {
        assertThat(changes).hasSize(1);
        return changes.get(0);
    }

    @Test
    void identicalApisHaveNoChanges() {
        Consumer<TestApi.Op> spec = op -> op.param("limit", ParameterLocation.QUERY).response("200")
                .integration(mock());
        assertThat(diff(one("GET", "/pets", spec), one("GET", "/pets", spec))).isEmpty();
    }

    @Nested
    class Routes {
        @Test
        void removedRouteIsBreaking() {
            Change change = only(diff(one("GET", "/pets", op -> {}).op("GET", "/owners", op -> {}),
                    one("GET", "/pets", op -> {})));
            assertThat(change.kind()).isEqualTo(ChangeKind.ROUTE_REMOVED);
            assertThat(change.breaking()).isTrue();
            assertThat(change.location()).isEqualTo("/owners");
            assertThat(change.pointer()).isEqualTo("/paths/~1owners");
        }

        @Test
        void addedRouteIsNotBreaking() {
            Change change = only(diff(one("GET", "/pets", op -> {}),
                    one("GET", "/pets", op -> {}).op("GET", "/owners", op -> {})));
            assertThat(change.kind()).isEqualTo(ChangeKind.ROUTE_ADDED);
            assertThat(change.breaking()).isFalse();
        }

        @Test
        void removedMethodIsBreakingAndPointsIntoTheOldDefinition() {
            Change change = only(diff(one("GET", "/pets", op -> {}).op("DELETE", "/pets", op -> {}),
                    one("GET", "/pets", op -> {})));
            assertThat(change.kind()).isEqualTo(ChangeKind.METHOD_REMOVED);
            assertThat(change.location()).isEqualTo("DELETE /pets");
            assertThat(change.pointer()).isEqualTo("/paths/~1pets/delete");
        }

        @Test
        void addedMethodIsNotBreaking() {
            assertThat(only(diff(one("GET", "/pets", op -> {}),
                    one("GET", "/pets", op -> {}).op("POST", "/pets", op -> {}))).kind())
                    .isEqualTo(ChangeKind.METHOD_ADDED);
        }

        @Test
        void renamingAPathParameterIsNoChange() {
            assertThat(diff(one("GET", "/pets/{id}", op -> {}), one("GET", "/pets/{petId}", op -> {}))).isEmpty();
        }
    }

    @Nested
    class Parameters {
        @Test
        void newRequiredQueryParameterIsBreaking() {
            Change change = only(diff(one("GET", "/pets", op -> {}),
                    one("GET", "/pets", op -> op.param("limit", ParameterLocation.QUERY, true))));
            assertThat(change.kind()).isEqualTo(ChangeKind.PARAMETER_REQUIRED_ADDED);
            assertThat(change.breaking()).isTrue();
            assertThat(change.pointer()).isEqualTo("/paths/~1pets/get/parameters/0");
            assertThat(change.message()).isEqualTo("new required query parameter 'limit'");
        }

        @Test
        void newRequiredHeaderIsBreaking() {
            assertThat(only(diff(one("GET", "/pets", op -> {}),
                    one("GET", "/pets", op -> op.param("X-Tenant", ParameterLocation.HEADER, true)))).kind())
                    .isEqualTo(ChangeKind.PARAMETER_REQUIRED_ADDED);
        }

        @Test
        void newOptionalParameterIsNotBreaking() {
            Change change = only(diff(one("GET", "/pets", op -> {}),
                    one("GET", "/pets", op -> op.param("limit", ParameterLocation.QUERY, false))));
            assertThat(change.kind()).isEqualTo(ChangeKind.PARAMETER_OPTIONAL_ADDED);
            assertThat(change.breaking()).isFalse();
        }

        @Test
        void parameterMadeRequiredIsBreaking() {
            assertThat(only(diff(one("GET", "/pets", op -> op.param("limit", ParameterLocation.QUERY, false)),
                    one("GET", "/pets", op -> op.param("limit", ParameterLocation.QUERY, true)))).kind())
                    .isEqualTo(ChangeKind.PARAMETER_MADE_REQUIRED);
        }

        @Test
        void headerNamesCompareCaseInsensitively() {
            assertThat(diff(one("GET", "/pets", op -> op.param("X-Tenant", ParameterLocation.HEADER, true)),
                    one("GET", "/pets", op -> op.param("x-tenant", ParameterLocation.HEADER, true)))).isEmpty();
        }

        @Test
        void parameterSchemasAreComparedToo() {
            TestApi before = one("GET", "/pets", op -> op.param("type", ParameterLocation.QUERY, false));
            ApiDefinition after = withParameterSchema(before.build(), Map.of("type", "string",
                    "enum", List.of("dog", "cat")));
            Change change = only(ApiDiff.compare(before.build(), after));
            assertThat(change.kind()).isEqualTo(ChangeKind.SCHEMA_CONSTRAINT_NARROWED);
            assertThat(change.message()).isEqualTo("query parameter 'type': now restricted to enum [dog, cat]");
            assertThat(change.pointer()).isEqualTo("/paths/~1pets/get/parameters/0/schema/enum");
        }

        @Test
        void parameterMadeOptionalIsNotBreaking() {
            assertThat(only(diff(one("GET", "/pets", op -> op.param("limit", ParameterLocation.QUERY, true)),
                    one("GET", "/pets", op -> op.param("limit", ParameterLocation.QUERY, false)))).kind())
                    .isEqualTo(ChangeKind.PARAMETER_MADE_OPTIONAL);
        }

        @Test
        void removedParameterIsNotBreaking() {
            Change change = only(diff(one("GET", "/pets", op -> op.param("limit", ParameterLocation.QUERY, true)),
                    one("GET", "/pets", op -> {})));
            assertThat(change.kind()).isEqualTo(ChangeKind.PARAMETER_REMOVED);
            assertThat(change.breaking()).isFalse();
        }
    }

    @Nested
    class RequestSchemas {
        private final Map<String, Object> pet = Map.of("type", "object",
                "properties", Map.of("name", Map.of("type", "string", "maxLength", 100),
                        "kind", Map.of("type", "string", "enum", List.of("dog", "cat")),
                        "age", Map.of("type", "integer")),
                "required", List.of("name"));

        private List<Change> bodyDiff(Map<String, Object> oldSchema, Map<String, Object> newSchema) {
            return diff(one("POST", "/pets", op -> op.body(oldSchema)), one("POST", "/pets", op -> op.body(newSchema)));
        }

        @Test
        void newRequiredPropertyIsBreaking() {
            Change change = only(bodyDiff(pet, with(pet, "required", List.of("name", "kind"))));
            assertThat(change.kind()).isEqualTo(ChangeKind.SCHEMA_PROPERTY_MADE_REQUIRED);
            assertThat(change.breaking()).isTrue();
            assertThat(change.pointer())
                    .isEqualTo("/paths/~1pets/post/requestBody/content/application~1json/schema/required");
            assertThat(change.message()).isEqualTo("request body application/json property 'kind' is now required");
        }

        @Test
        void removedEnumValueIsBreakingAndAddedOneIsNot() {
            Map<String, Object> narrowed = withProperty(pet, "kind", Map.of("type", "string",
                    "enum", List.of("dog", "bird")));
            List<Change> changes = bodyDiff(pet, narrowed);
            assertThat(changes).extracting(Change::kind)
                    .containsExactly(ChangeKind.SCHEMA_ENUM_VALUE_REMOVED, ChangeKind.SCHEMA_ENUM_VALUE_ADDED);
            assertThat(changes.get(0).message()).contains("'cat' removed");
            assertThat(changes.get(0).pointer()).endsWith("/schema/properties/kind/enum");
        }

        @Test
        void changedTypeIsBreaking() {
            Change change = only(bodyDiff(pet, withProperty(pet, "age", Map.of("type", "string"))));
            assertThat(change.kind()).isEqualTo(ChangeKind.SCHEMA_TYPE_CHANGED);
            assertThat(change.message()).contains("property 'age': type changed from integer to string");
        }

        @Test
        void integerWidenedToNumberIsNotBreaking() {
            assertThat(only(bodyDiff(pet, withProperty(pet, "age", Map.of("type", "number")))).kind())
                    .isEqualTo(ChangeKind.SCHEMA_CONSTRAINT_WIDENED);
        }

        @Test
        void loweredMaxLengthIsBreakingAndRaisedIsNot() {
            Change lowered = only(bodyDiff(pet, withProperty(pet, "name", Map.of("type", "string", "maxLength", 50))));
            assertThat(lowered.kind()).isEqualTo(ChangeKind.SCHEMA_CONSTRAINT_NARROWED);
            assertThat(lowered.message()).contains("maxLength lowered from 100 to 50");
            Change raised = only(bodyDiff(pet, withProperty(pet, "name", Map.of("type", "string", "maxLength", 200))));
            assertThat(raised.kind()).isEqualTo(ChangeKind.SCHEMA_CONSTRAINT_WIDENED);
        }

        @Test
        void raisedMinimumIsBreaking() {
            assertThat(only(bodyDiff(pet, withProperty(pet, "age", Map.of("type", "integer", "minimum", 1)))).kind())
                    .isEqualTo(ChangeKind.SCHEMA_CONSTRAINT_NARROWED);
        }

        @Test
        void newOptionalPropertyIsNotBreaking() {
            Change change = only(bodyDiff(pet, withProperty(pet, "tag", Map.of("type", "string"))));
            assertThat(change.kind()).isEqualTo(ChangeKind.SCHEMA_PROPERTY_ADDED);
            assertThat(change.breaking()).isFalse();
        }

        @Test
        void changesInsideAReferencedModelPointAtTheModel() {
            TestApi oldApi = one("POST", "/pets", op -> op.body(Map.of("$ref", "#/components/schemas/Pet")))
                    .model("Pet", pet);
            TestApi newApi = one("POST", "/pets", op -> op.body(Map.of("$ref", "#/components/schemas/Pet")))
                    .model("Pet", with(pet, "required", List.of("name", "age")));
            Change change = only(diff(oldApi, newApi));
            assertThat(change.kind()).isEqualTo(ChangeKind.SCHEMA_PROPERTY_MADE_REQUIRED);
            assertThat(change.pointer()).isEqualTo("/components/schemas/Pet/required");
            assertThat(change.location()).isEqualTo("POST /pets");
        }

        @Test
        void selfReferencingModelsTerminate() {
            Map<String, Object> node = Map.of("type", "object",
                    "properties", Map.of("child", Map.of("$ref", "#/components/schemas/Node")));
            TestApi api = one("POST", "/tree", op -> op.body(Map.of("$ref", "#/components/schemas/Node")))
                    .model("Node", node);
            assertThat(diff(api, api)).isEmpty();
        }

        @Test
        void removingAPropertyFromAClosedSchemaIsBreaking() {
            Map<String, Object> closed = with(pet, "additionalProperties", false);
            Map<String, Object> withoutAge = withProperty(closed, "age", null);
            List<Change> changes = bodyDiff(closed, withoutAge);
            assertThat(changes).extracting(Change::kind).containsExactly(ChangeKind.SCHEMA_PROPERTY_REMOVED_CLOSED);
            assertThat(changes.get(0).breaking()).isTrue();
            assertThat(only(bodyDiff(pet, withProperty(pet, "age", null))).kind())
                    .isEqualTo(ChangeKind.SCHEMA_PROPERTY_REMOVED);
        }

        @Test
        void closingTheSchemaIsBreaking() {
            Change change = only(bodyDiff(pet, with(pet, "additionalProperties", false)));
            assertThat(change.kind()).isEqualTo(ChangeKind.SCHEMA_CONSTRAINT_NARROWED);
            assertThat(change.pointer()).endsWith("/schema/additionalProperties");
        }

        @Test
        void addedPatternIsBreakingAndRemovedIsNot() {
            Map<String, Object> patterned = withProperty(pet, "name", Map.of("type", "string", "maxLength", 100,
                    "pattern", "^[a-z]+$"));
            assertThat(only(bodyDiff(pet, patterned)).kind()).isEqualTo(ChangeKind.SCHEMA_CONSTRAINT_NARROWED);
            assertThat(only(bodyDiff(patterned, pet)).kind()).isEqualTo(ChangeKind.SCHEMA_CONSTRAINT_WIDENED);
        }

        @Test
        void nestedArrayItemsAreCompared() {
            Map<String, Object> tags = withProperty(pet, "tags", Map.of("type", "array",
                    "items", Map.of("type", "string", "maxLength", 20)));
            Map<String, Object> shorter = withProperty(pet, "tags", Map.of("type", "array",
                    "items", Map.of("type", "string", "maxLength", 10)));
            Change change = only(bodyDiff(tags, shorter));
            assertThat(change.kind()).isEqualTo(ChangeKind.SCHEMA_CONSTRAINT_NARROWED);
            assertThat(change.message()).contains("property 'tags[]': maxLength lowered from 20 to 10");
            assertThat(change.pointer()).endsWith("/schema/properties/tags/items/maxLength");
        }

        @Test
        void removedContentTypeIsBreaking() {
            TestApi oldApi = TestApi.rest().op("POST", "/pets", op -> op.body(pet));
            TestApi newApi = TestApi.rest().op("POST", "/pets", op -> op.body(pet));
            ApiDefinition before = oldApi.build();
            ApiDefinition after = withContent(newApi.build(), "application/xml");
            List<Change> changes = ApiDiff.compare(before, after);
            assertThat(changes).extracting(Change::kind).containsExactly(ChangeKind.REQUEST_CONTENT_TYPE_REMOVED,
                    ChangeKind.REQUEST_CONTENT_TYPE_ADDED);
            assertThat(changes.get(0).message()).isEqualTo("request content type application/json removed");
        }

        @Test
        void bodyMadeRequiredIsBreaking() {
            assertThat(only(diff(one("POST", "/pets", op -> {}), one("POST", "/pets", op -> op.body(pet)))).kind())
                    .isEqualTo(ChangeKind.REQUEST_BODY_MADE_REQUIRED);
        }
    }

    @Nested
    class Auth {
        private TestApi secured(String scheme, dev.apigw.model.api.Authorizer authorizer) {
            return TestApi.rest().scheme(scheme, "apiKey", authorizer).op("GET", "/pets", op -> op.security(scheme));
        }

        @Test
        void noneToAuthorizerIsBreaking() {
            Change change = only(diff(one("GET", "/pets", op -> {}),
                    secured("jwt", authorizer(AuthorizerType.TOKEN, "arn:f", "method.request.header.Authorization",
                            300))));
            assertThat(change.kind()).isEqualTo(ChangeKind.AUTH_ADDED);
            assertThat(change.breaking()).isTrue();
            assertThat(change.pointer()).isEqualTo("/paths/~1pets/get/security");
        }

        @Test
        void authorizerToNoneIsNotBreaking() {
            assertThat(only(diff(secured("jwt", authorizer(AuthorizerType.TOKEN, "arn:f", null, null)),
                    one("GET", "/pets", op -> {}))).kind()).isEqualTo(ChangeKind.AUTH_REMOVED);
        }

        @Test
        void switchingToAnotherAuthorizerIsBreaking() {
            Change change = only(diff(secured("a", authorizer(AuthorizerType.TOKEN, "arn:f", null, null)),
                    secured("b", authorizer(AuthorizerType.TOKEN, "arn:f", null, null))));
            assertThat(change.kind()).isEqualTo(ChangeKind.AUTHORIZER_CHANGED);
            assertThat(change.message()).isEqualTo("authorization changed from authorizer a to authorizer b");
        }

        @Test
        void changedIdentitySourceOfTheSameAuthorizerIsBreaking() {
            Change change = only(diff(
                    secured("a", authorizer(AuthorizerType.TOKEN, "arn:f", "method.request.header.Authorization", null)),
                    secured("a", authorizer(AuthorizerType.TOKEN, "arn:f", "method.request.header.X-Token", null))));
            assertThat(change.kind()).isEqualTo(ChangeKind.AUTHORIZER_CHANGED);
            assertThat(change.message()).contains("identitySource method.request.header.Authorization -> "
                    + "method.request.header.X-Token");
        }

        @Test
        void apiKeyNowRequiredIsBreaking() {
            Change change = only(diff(one("GET", "/pets", op -> {}),
                    TestApi.rest().apiKeyScheme("api_key").op("GET", "/pets", op -> op.security("api_key"))));
            assertThat(change.kind()).isEqualTo(ChangeKind.API_KEY_REQUIRED);
            assertThat(change.breaking()).isTrue();
        }

        @Test
        void apiKeyNoLongerRequiredIsNotBreaking() {
            Change change = only(diff(
                    TestApi.rest().apiKeyScheme("api_key").op("GET", "/pets", op -> op.security("api_key")),
                    TestApi.rest().apiKeyScheme("api_key").op("GET", "/pets", op -> {})));
            assertThat(change.kind()).isEqualTo(ChangeKind.API_KEY_NO_LONGER_REQUIRED);
            assertThat(change.breaking()).isFalse();
        }

        @Test
        void httpRouteSwitchedToIamIsBreaking() {
            ApiDefinition before = TestApi.http().op("GET", "/notes", op -> {}).build();
            ApiDefinition after = withRouteAuth(before, "AWS_IAM");
            Change change = only(ApiDiff.compare(before, after));
            assertThat(change.kind()).isEqualTo(ChangeKind.AUTH_ADDED);
            assertThat(change.message()).isEqualTo("authorization now required: AWS_IAM");
        }

        @Test
        void rootSecurityAppliesToMethodsWithoutTheirOwn() {
            TestApi newApi = TestApi.rest().apiKeyScheme("api_key").security("api_key").op("GET", "/pets", op -> {});
            assertThat(only(diff(one("GET", "/pets", op -> {}), newApi)).kind())
                    .isEqualTo(ChangeKind.API_KEY_REQUIRED);
        }
    }

    @Nested
    class Responses {
        @Test
        void removedStatusIsBreakingAndAddedIsNot() {
            List<Change> changes = diff(one("GET", "/pets", op -> op.response("200").response("404")),
                    one("GET", "/pets", op -> op.response("200").response("400")));
            assertThat(changes).extracting(Change::kind)
                    .containsExactly(ChangeKind.RESPONSE_STATUS_REMOVED, ChangeKind.RESPONSE_STATUS_ADDED);
            assertThat(changes.get(0).pointer()).isEqualTo("/paths/~1pets/get/responses/404");
            assertThat(changes).extracting(Change::breaking).containsExactly(true, false);
        }
    }

    @Nested
    class Integrations {
        @Test
        void changedIntegrationTypeIsBreaking() {
            Change change = only(diff(one("GET", "/pets", op -> op.integration(mock())),
                    one("GET", "/pets", op -> op.integration(lambdaProxy()))));
            assertThat(change.kind()).isEqualTo(ChangeKind.INTEGRATION_TYPE_CHANGED);
            assertThat(change.message()).isEqualTo("integration type changed from MOCK to AWS_PROXY");
            assertThat(change.pointer()).isEqualTo("/paths/~1pets/get/x-amazon-apigateway-integration");
        }

        @Test
        void changedBackendUriIsNotBreaking() {
            Change change = only(diff(one("GET", "/pets", op -> op.integration(http("https://a.example/pets"))),
                    one("GET", "/pets", op -> op.integration(http("https://b.example/pets")))));
            assertThat(change.kind()).isEqualTo(ChangeKind.INTEGRATION_CHANGED);
            assertThat(change.breaking()).isFalse();
        }

        @Test
        void sharedIntegrationsAreFollowed() {
            TestApi oldApi = one("GET", "/pets", op -> op.integrationRef("backend")).shared("backend", mock().build());
            TestApi newApi = one("GET", "/pets", op -> op.integrationRef("backend"))
                    .shared("backend", http("https://x.example").build());
            assertThat(only(diff(oldApi, newApi)).kind()).isEqualTo(ChangeKind.INTEGRATION_TYPE_CHANGED);
        }
    }

    private static Map<String, Object> with(Map<String, Object> schema, String key, Object value) {
        Map<String, Object> copy = new java.util.LinkedHashMap<>(schema);
        copy.put(key, value);
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> withProperty(Map<String, Object> schema, String name, Object property) {
        Map<String, Object> properties = new java.util.LinkedHashMap<>((Map<String, Object>) schema.get("properties"));
        if (property == null) {
            properties.remove(name);
        } else {
            properties.put(name, property);
        }
        return with(schema, "properties", properties);
    }


    // Edits the TestApi builder has no words for, made on the built records.

    private static ApiDefinition withContent(ApiDefinition api, String contentType) {
        return mapMethod(api, m -> new Method(m.httpMethod(), m.operationId(), m.parameters(),
                m.requestBody().map(b -> new RequestBody(b.ref(), b.required(),
                        Map.of(contentType, b.content().values().iterator().next()), b.documentation())),
                m.responses(), m.security(), m.requestValidator(), m.integration(), m.auth(), m.defaultRoute(),
                m.documentation(), m.unknownExtensions()));
    }

    private static ApiDefinition withParameterSchema(ApiDefinition api, Map<String, Object> schema) {
        return mapMethod(api, m -> new Method(m.httpMethod(), m.operationId(),
                m.parameters().stream().map(p -> new Parameter(p.ref(), p.name(), p.in(), p.required(),
                        java.util.Optional.of(schema), p.documentation())).toList(),
                m.requestBody(), m.responses(), m.security(), m.requestValidator(), m.integration(), m.auth(),
                m.defaultRoute(), m.documentation(), m.unknownExtensions()));
    }

    private static ApiDefinition withRouteAuth(ApiDefinition api, String type) {
        return mapMethod(api, m -> new Method(m.httpMethod(), m.operationId(), m.parameters(), m.requestBody(),
                m.responses(), m.security(), m.requestValidator(), m.integration(),
                java.util.Optional.of(new RouteAuth(type)), m.defaultRoute(), m.documentation(),
                m.unknownExtensions()));
    }

    private static ApiDefinition mapMethod(ApiDefinition api, java.util.function.UnaryOperator<Method> edit) {
        return api.withResources(api.resources().stream()
                .map(r -> new Resource(r.path(), r.methods().stream().map(edit).toList(), r.parameters(),
                        r.documentation()))
                .toList());
    }
}
