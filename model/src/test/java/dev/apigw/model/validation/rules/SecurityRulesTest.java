package dev.apigw.model.validation.rules;

import static dev.apigw.model.validation.TestApi.authorizer;
import static dev.apigw.model.validation.TestApi.mock;
import static dev.apigw.model.validation.TestApi.response;
import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.model.api.AuthorizerType;
import dev.apigw.model.api.CorsConfiguration;
import dev.apigw.model.validation.TestApi;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecurityRulesTest {

    @Test
    void open_methods_of_public_apis_are_warned_about_except_options() {
        TestApi api = TestApi.rest().apiKeyScheme("api_key")
                .op("GET", "/open", op -> op.integration(mock()))
                .op("OPTIONS", "/open", op -> op.integration(mock()))
                .op("GET", "/keyed", op -> op.security("api_key").integration(mock()));
        assertThat(api.check(new OpenMethod())).singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("GET /open"));
        assertThat(TestApi.rest().endpointTypes("PRIVATE").op("GET", "/open", op -> op.integration(mock()))
                .check(new OpenMethod())).isEmpty();
    }

    @Test
    void root_security_protects_methods_unless_they_opt_out() {
        TestApi api = TestApi.rest().apiKeyScheme("api_key").security("api_key")
                .op("GET", "/a", op -> op.integration(mock()))
                .op("GET", "/b", op -> op.noSecurity().integration(mock()));
        assertThat(api.check(new OpenMethod())).singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("GET /b"));
    }

    @Test
    void cors_wildcard_with_credentials() {
        assertThat(TestApi.http().cors(new CorsConfiguration(Optional.of(List.of("*")), Optional.of(true),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()))
                .check(new CorsWildcardWithCredentials())).hasSize(1);
        assertThat(TestApi.rest().op("OPTIONS", "/a", op -> op.response("200").integration(mock().responses(List.of(
                response("default", "200", Map.of("method.response.header.Access-Control-Allow-Origin", "'*'",
                        "method.response.header.Access-Control-Allow-Credentials", "'true'"))))))
                .check(new CorsWildcardWithCredentials())).hasSize(1);
        assertThat(TestApi.http().cors(new CorsConfiguration(Optional.of(List.of("https://app.example.com")),
                Optional.of(true), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()))
                .check(new CorsWildcardWithCredentials())).isEmpty();
    }

    @Test
    void lambda_authorizer_without_caching_in_use() {
        TestApi api = TestApi.rest().scheme("auth", "apiKey", authorizer(AuthorizerType.TOKEN, "arn:x",
                "method.request.header.Authorization", 0)).op("GET", "/a", op -> op.security("auth").integration(mock()));
        assertThat(api.check(new AuthorizerCacheDisabled())).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("1 method"));
        assertThat(TestApi.rest().scheme("auth", "apiKey", authorizer(AuthorizerType.TOKEN, "arn:x",
                "method.request.header.Authorization", null)).op("GET", "/a", op -> op.security("auth")
                .integration(mock())).check(new AuthorizerCacheDisabled())).isEmpty();
    }
}
