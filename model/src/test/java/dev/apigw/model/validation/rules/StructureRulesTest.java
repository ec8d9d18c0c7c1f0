package dev.apigw.model.validation.rules;

import static dev.apigw.model.validation.TestApi.authorizer;
import static dev.apigw.model.validation.TestApi.http;
import static dev.apigw.model.validation.TestApi.lambdaProxy;
import static dev.apigw.model.validation.TestApi.mock;
import static dev.apigw.model.validation.TestApi.response;
import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.model.api.AuthorizerType;
import dev.apigw.model.api.GatewayResponse;
import dev.apigw.model.diag.Severity;
import dev.apigw.model.validation.Finding;
import dev.apigw.model.validation.TestApi;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StructureRulesTest {

    @Nested
    class TimeoutRangeRule {
        @Test
        void reports_timeouts_below_50_ms_at_the_value() {
            List<Finding> found = TestApi.rest().op("GET", "/a", op -> op.integration(mock().timeoutInMillis(10)))
                    .check(new TimeoutRange());
            assertThat(found).singleElement().satisfies(f -> {
                assertThat(f.ruleId()).isEqualTo("APIGW001");
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.pointer()).isEqualTo("/paths/~1a/get/x-amazon-apigateway-integration/timeoutInMillis");
            });
        }

        @Test
        void http_apis_stop_at_30_seconds_rest_apis_accept_the_raised_quota() {
            assertThat(TestApi.http().op("GET", "/a", op -> op.integration(lambdaProxy().timeoutInMillis(30_001)))
                    .check(new TimeoutRange())).hasSize(1);
            assertThat(TestApi.rest().op("GET", "/a", op -> op.integration(lambdaProxy().timeoutInMillis(60_000)))
                    .check(new TimeoutRange())).isEmpty();
            assertThat(TestApi.rest().op("GET", "/a", op -> op.integration(mock().timeoutInMillis(29_000)))
                    .check(new TimeoutRange())).isEmpty();
        }
    }

    @Nested
    class LongTimeoutRule {
        @Test
        void warns_above_the_default_29_seconds() {
            assertThat(TestApi.rest().op("GET", "/a", op -> op.integration(lambdaProxy().timeoutInMillis(60_000)))
                    .check(new LongTimeout())).singleElement().extracting(Finding::severity).isEqualTo(Severity.WARNING);
            assertThat(TestApi.rest().op("GET", "/a", op -> op.integration(lambdaProxy().timeoutInMillis(29_000)))
                    .check(new LongTimeout())).isEmpty();
        }
    }

    @Nested
    class SelectionPatternRule {
        @Test
        void reports_a_pattern_that_does_not_compile() {
            List<Finding> found = TestApi.rest().op("GET", "/a", op -> op.response("200").response("400")
                    .integration(http("https://x.example.com").responses(List.of(response("default", "200"),
                            response("4\\d{2", "400"))))).check(new SelectionPatternRegex());
            assertThat(found).singleElement().satisfies(f -> assertThat(f.pointer()).endsWith("/responses/4\\d{2"));
        }

        @Test
        void accepts_valid_patterns() {
            assertThat(TestApi.rest().op("GET", "/a", op -> op.integration(http("https://x.example.com")
                    .responses(List.of(response("default", "200"), response("4\\d{2}", "400"),
                            response(".*Not found.*", "404"))))).check(new SelectionPatternRegex())).isEmpty();
        }
    }

    @Nested
    class GatewayResponseRule {
        @Test
        void reports_unknown_types_and_bad_statuses() {
            List<Finding> found = TestApi.rest()
                    .gatewayResponse(new GatewayResponse("UNAUTHORISED", Optional.of("401"), Map.of(), Map.of(), Map.of()))
                    .gatewayResponse(new GatewayResponse("DEFAULT_4XX", Optional.of("4xx"), Map.of(), Map.of(), Map.of()))
                    .check(new GatewayResponses());
            assertThat(found).extracting(Finding::pointer).containsExactly(
                    "/x-amazon-apigateway-gateway-responses/UNAUTHORISED",
                    "/x-amazon-apigateway-gateway-responses/DEFAULT_4XX/statusCode");
        }

        @Test
        void accepts_documented_types() {
            assertThat(TestApi.rest().gatewayResponse(new GatewayResponse("UNAUTHORIZED", Optional.of("401"),
                    Map.of(), Map.of(), Map.of())).check(new GatewayResponses())).isEmpty();
        }

        @Test
        void supersedes_the_importers_warning() {
            assertThat(new GatewayResponses().info().supersedes()).contains("APIGW-IMPORT-003");
        }
    }

    @Nested
    class StatusCodeRule {
        @Test
        void reports_non_numeric_statuses_but_not_openapi_default() {
            List<Finding> found = TestApi.rest().op("GET", "/a", op -> op.response("OK").response("default")
                    .integration(mock().responses(List.of(response("default", "20x"))))).check(new StatusCodes());
            assertThat(found).extracting(Finding::pointer).containsExactlyInAnyOrder(
                    "/paths/~1a/get/responses/OK",
                    "/paths/~1a/get/x-amazon-apigateway-integration/responses/default/statusCode");
        }

        @Test
        void accepts_http_statuses() {
            assertThat(TestApi.rest().op("GET", "/a", op -> op.response("200").integration(mock()))
                    .check(new StatusCodes())).isEmpty();
        }
    }

    @Nested
    class AuthorizerShapeRule {
        @Test
        void token_authorizer_needs_a_uri_and_one_header() {
            List<Finding> found = TestApi.rest()
                    .scheme("a", "apiKey", authorizer(AuthorizerType.TOKEN, null, "method.request.header.A", 300))
                    .scheme("b", "apiKey", authorizer(AuthorizerType.TOKEN, "arn:x", "method.request.querystring.t", 300))
                    .scheme("c", "apiKey", authorizer(AuthorizerType.REQUEST, "arn:x", null, 7200))
                    .check(new AuthorizerShape());
            assertThat(found).extracting(Finding::message).anySatisfy(m -> assertThat(m).contains("has no authorizerUri"))
                    .anySatisfy(m -> assertThat(m).contains("must be one header"))
                    .anySatisfy(m -> assertThat(m).contains("7200"));
        }

        @Test
        void accepts_a_complete_authorizer_and_a_blank_identity_source() {
            // Pulumi writes identitySource: "" and AWS takes it as the default Authorization header.
            assertThat(TestApi.rest()
                    .scheme("a", "apiKey", authorizer(AuthorizerType.TOKEN, "arn:x", "method.request.header.Auth", 0))
                    .scheme("b", "apiKey", authorizer(AuthorizerType.TOKEN, "arn:x", "", null))
                    .check(new AuthorizerShape())).isEmpty();
        }

        @Test
        void cognito_needs_provider_arns() {
            assertThat(TestApi.rest().scheme("c", "apiKey", authorizer(AuthorizerType.COGNITO_USER_POOLS, null, null,
                    null)).check(new AuthorizerShape())).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("providerARNs"));
        }
    }

    @Nested
    class EnumValuesRule {
        @Test
        void reports_values_outside_the_documented_sets() {
            List<Finding> found = TestApi.rest().endpointTypes("REGIONAL", "INTERNAL")
                    .op("GET", "/a", op -> op.integration(http("https://x.example.com").connectionType("VPCLINK")
                            .responseTransferMode("STREAMING")))
                    .check(new EnumValues());
            assertThat(found).extracting(Finding::message).containsExactlyInAnyOrder(
                    "connectionType 'VPCLINK' is not one of [INTERNET, VPC_LINK]",
                    "responseTransferMode 'STREAMING' is not one of [BUFFERED, STREAM]",
                    "endpoint type 'INTERNAL' is not one of [EDGE, PRIVATE, REGIONAL]");
        }

        @Test
        void accepts_documented_values_in_any_case() {
            assertThat(TestApi.http().endpointTypes("regional").op("GET", "/a", op -> op.integration(lambdaProxy()
                    .payloadFormatVersion("2.0").connectionType("internet"))).check(new EnumValues())).isEmpty();
        }
    }

    @Nested
    class CompressionSizeRule {
        @Test
        void reports_sizes_outside_0_to_10_mb() {
            assertThat(TestApi.rest().compression(-1).check(new CompressionSize())).hasSize(1);
            assertThat(TestApi.rest().compression(10_485_761).check(new CompressionSize())).hasSize(1);
            assertThat(TestApi.rest().compression(0).check(new CompressionSize())).isEmpty();
        }
    }
}
