package dev.apigw.model.validation.rules;

import static dev.apigw.model.api.ParameterLocation.HEADER;
import static dev.apigw.model.api.ParameterLocation.PATH;
import static dev.apigw.model.api.ParameterLocation.QUERY;
import static dev.apigw.model.validation.TestApi.http;
import static dev.apigw.model.validation.TestApi.lambdaProxy;
import static dev.apigw.model.validation.TestApi.mock;
import static dev.apigw.model.validation.TestApi.response;
import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.model.api.GatewayResponse;
import dev.apigw.model.api.IntegrationType;
import dev.apigw.model.api.Parameter;
import dev.apigw.model.validation.Finding;
import dev.apigw.model.validation.TestApi;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ParameterRulesTest {

    @Nested
    class PathParameters {
        @Test
        void undeclared_variable_is_a_warning_on_rest_apis_only() {
            assertThat(TestApi.rest().op("GET", "/pets/{id}", op -> op.integration(mock()))
                    .check(new PathParameterNotDeclared())).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("{id}"));
            assertThat(TestApi.http().op("GET", "/pets/{id}", op -> op.integration(lambdaProxy()))
                    .check(new PathParameterNotDeclared())).isEmpty();
        }

        @Test
        void path_level_and_greedy_declarations_count() {
            assertThat(TestApi.rest().pathParameter("/pets/{id}", Parameter.of("id", PATH, true))
                    .op("GET", "/pets/{id}", op -> op.integration(mock()))
                    .op("ANY", "/{proxy+}", op -> op.param("proxy", PATH).integration(mock()))
                    .check(new PathParameterNotDeclared())).isEmpty();
        }

        @Test
        void declared_path_parameter_missing_from_the_path() {
            assertThat(TestApi.rest().op("GET", "/pets/{petId}", op -> op.param("petId", PATH).param("id", PATH)
                    .integration(mock())).check(new DeclaredPathParameterUnused())).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("'id'"));
            assertThat(TestApi.rest().op("GET", "/pets/{petId}", op -> op.param("petId", PATH).integration(mock()))
                    .check(new DeclaredPathParameterUnused())).isEmpty();
        }
    }

    @Nested
    class PathSyntaxRule {
        @Test
        void reports_what_aws_cannot_create() {
            assertThat(PathTemplate.problems("/files/{path+}/meta")).singleElement().asString().contains("greedy");
            assertThat(PathTemplate.problems("/pets/id={id}")).hasSize(1);
            assertThat(PathTemplate.problems("/a//b")).hasSize(1);
            assertThat(PathTemplate.problems("/a/{x}/b/{x}")).singleElement().asString().contains("twice");
            assertThat(PathTemplate.problems("/a b")).hasSize(1);
            assertThat(TestApi.rest().op("GET", "/a/{}", op -> op.integration(mock())).check(new PathSyntax()))
                    .hasSize(1);
        }

        @Test
        void accepts_ordinary_paths() {
            assertThat(PathTemplate.problems("/")).isEmpty();
            assertThat(PathTemplate.problems("/v1/pets/{petId}/toys.json")).isEmpty();
            assertThat(PathTemplate.problems("/v1/events:batch/{proxy+}")).isEmpty();
        }
    }

    @Nested
    class RequestMappings {
        @Test
        void reports_malformed_targets_sources_and_cache_keys() {
            List<Finding> found = TestApi.rest().op("GET", "/a", op -> op.param("q", QUERY).integration(
                    http("https://x.example.com").requestParameters(Map.of(
                            "integration.request.headers.X", "method.request.querystring.q",
                            "integration.request.header.Y", "method.request.query.q",
                            "integration.request.header.Z", "method.request.body.a..[0"))
                            .cacheKeyParameters(List.of("querystring.q"))))
                    .check(new RequestParameterExpressions());
            assertThat(found).hasSize(4);
        }

        @Test
        void accepts_every_documented_source() {
            assertThat(TestApi.rest().op("GET", "/a", op -> op.param("q", QUERY).integration(
                    http("https://x.example.com").requestParameters(Map.of(
                            "integration.request.querystring.q", "method.request.querystring.q",
                            "integration.request.header.A", "method.request.body",
                            "integration.request.header.B", "method.request.body.items[0].name",
                            "integration.request.header.C", "stageVariables.key",
                            "integration.request.header.D", "context.requestId",
                            "integration.request.header.E", "'static value'",
                            "integration.request.header.F", "true"))
                            .cacheKeyParameters(List.of("method.request.querystring.q"))))
                    .check(new RequestParameterExpressions())).isEmpty();
        }

        @Test
        void unquoted_literal_is_its_own_warning() {
            assertThat(TestApi.rest().op("GET", "/a", op -> op.integration(mock().requestParameters(Map.of(
                    "integration.request.header.nothing", "true")))).check(new UnquotedMappingLiteral()))
                    .singleElement().satisfies(f -> assertThat(f.message()).contains("'true'"));
            assertThat(TestApi.rest().op("GET", "/a", op -> op.integration(mock().requestParameters(Map.of(
                    "integration.request.header.x", "'true'")))).check(new UnquotedMappingLiteral())).isEmpty();
        }

        @Test
        void sources_must_be_declared_on_the_method() {
            List<Finding> found = TestApi.rest().op("GET", "/pets/{id}", op -> op.param("X-Trace", HEADER)
                    .integration(http("https://x.example.com/{id}").requestParameters(Map.of(
                            "integration.request.path.id", "method.request.path.id",
                            "integration.request.header.t", "method.request.header.x-trace",
                            "integration.request.querystring.q", "method.request.querystring.q"))
                            .cacheKeyParameters(List.of("method.request.querystring.page"))))
                    .check(new UndeclaredMethodParameter());
            assertThat(found).extracting(Finding::message).containsExactlyInAnyOrder(
                    "GET /pets/{id} maps method.request.querystring.q, but declares no query parameter 'q'",
                    "GET /pets/{id} maps method.request.querystring.page, but declares no query parameter 'page'");
        }

        @Test
        void restricted_headers() {
            assertThat(TestApi.rest().op("GET", "/a", op -> op.integration(http("https://x.example.com")
                    .requestParameters(Map.of("integration.request.header.Content-Length", "'0'"))))
                    .check(new RestrictedHeaderMapping())).hasSize(1);
            Map<String, String> auth = Map.of("integration.request.header.Authorization", "'Bearer x'");
            assertThat(TestApi.rest().op("GET", "/a", op -> op.integration(http("https://x.example.com")
                    .requestParameters(auth))).check(new RestrictedHeaderMapping())).isEmpty();
            assertThat(TestApi.rest().op("GET", "/a", op -> op.integration(http("https://x.example.com")
                    .type(IntegrationType.AWS).requestParameters(auth))).check(new RestrictedHeaderMapping())).hasSize(1);
        }
    }

    @Nested
    class ResponseMappings {
        @Test
        void reports_malformed_response_and_gateway_mappings() {
            List<Finding> found = TestApi.rest()
                    .gatewayResponse(new GatewayResponse("DEFAULT_4XX", Optional.empty(),
                            Map.of("gatewayresponse.headers.A", "'*'"), Map.of(), Map.of()))
                    .op("GET", "/a", op -> op.response("200", "A").integration(mock().responses(List.of(
                            response("default", "200", Map.of("method.response.header.A", "integration.response.bdy",
                                    "method.response.headers.B", "'x'"))))))
                    .check(new ResponseParameterExpressions());
            assertThat(found).hasSize(3);
        }

        @Test
        void accepts_documented_response_sources() {
            assertThat(TestApi.rest().op("GET", "/a", op -> op.response("200", "A", "B", "C").integration(mock()
                    .responses(List.of(response("default", "200", Map.of(
                            "method.response.header.A", "integration.response.header.X",
                            "method.response.header.B", "integration.response.body.data.id",
                            "method.response.header.C", "'*'")))))).check(new ResponseParameterExpressions())).isEmpty();
        }

        @Test
        void mapped_headers_must_be_declared_on_the_method_response() {
            assertThat(TestApi.rest().op("GET", "/a", op -> op.response("200").integration(mock().responses(List.of(
                    response("default", "200", Map.of("method.response.header.Access-Control-Allow-Origin", "'*'"))))))
                    .check(new UndeclaredResponseHeader())).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("Access-Control-Allow-Origin"));
            assertThat(TestApi.rest().op("GET", "/a", op -> op.response("200", "access-control-allow-origin")
                    .integration(mock().responses(List.of(response("default", "200",
                            Map.of("method.response.header.Access-Control-Allow-Origin", "'*'"))))))
                    .check(new UndeclaredResponseHeader())).isEmpty();
        }
    }

    @Test
    void json_path_syntax() {
        assertThat(JsonPathSyntax.problem("a.b[0]['c d'].e")).isEmpty();
        assertThat(JsonPathSyntax.problem("$..price")).isEmpty();
        assertThat(JsonPathSyntax.problem("a.")).isPresent();
        assertThat(JsonPathSyntax.problem("a[0")).isPresent();
        assertThat(JsonPathSyntax.problem("a b")).isPresent();
        assertThat(JsonPathSyntax.problem("")).isPresent();
    }
}
