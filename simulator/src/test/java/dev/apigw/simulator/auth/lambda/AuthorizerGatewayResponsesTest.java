package dev.apigw.simulator.auth.lambda;

import static dev.apigw.simulator.TestApis.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.simulator.Simulator;
import dev.apigw.simulator.TestApis;
import dev.apigw.simulator.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Authorizer errors are gateway responses, so {@code x-amazon-apigateway-gateway-responses} customises them. */
@Timeout(60)
class AuthorizerGatewayResponsesTest {
    private static final Simulator SIMULATOR = TestApis.simulator("authorizers-custom/apigw.yaml");

    private static HttpResponse call(String token) {
        return SIMULATOR.invoke(request("GET", "/mock").header("Authorization", token).build());
    }

    @Test
    void unauthorizedUsesItsCustomTemplateAndHeader() {
        HttpResponse response = SIMULATOR.invoke(request("GET", "/mock").build());
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.bodyText()).isEqualTo("{\"error\": \"Unauthorized\", \"type\": \"UNAUTHORIZED\"}");
        assertThat(response.header("WWW-Authenticate")).hasValue("Bearer");
    }

    @Test
    void authorizerConfigurationErrorFallsBackToDefault5xxWithANullMessage() {
        HttpResponse response = call("crash");
        assertThat(response.status()).isEqualTo(500);
        assertThat(response.bodyText()).isEqualTo("{\"failed\": null}");
    }

    @Test
    void accessDeniedTemplateSeesTheMessage() {
        assertThat(call("deny").bodyText())
                .isEqualTo("{\"denied\": \"User is not authorized to access this resource with an explicit deny\"}");
    }
}
