package dev.apigw.simulator.auth.policy;

import static dev.apigw.simulator.TestApis.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.simulator.Simulator;
import dev.apigw.simulator.TestApis;
import dev.apigw.simulator.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The API's {@code x-amazon-apigateway-policy} through the whole pipeline. */
@Timeout(60)
class ResourcePolicyTest {
    private static final Simulator SIMULATOR = TestApis.simulator("resource-policy/apigw.yaml");
    private static final String ARN_PREFIX = "arn:aws:execute-api:us-east-1:123456789012:"
            + SIMULATOR.deployment().apiId() + "/dev/";

    private static HttpResponse from(String ip, String path) {
        return SIMULATOR.invoke(request("GET", path).sourceIp(ip).build());
    }

    private static HttpResponse withToken(String ip, String token) {
        return SIMULATOR.invoke(request("GET", "/authorized").sourceIp(ip).header("Authorization", token).build());
    }

    private static void assertDenied(HttpResponse response, String path, boolean explicit) {
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.bodyText()).isEqualTo("{\"Message\":\"User: anonymous is not authorized to perform: "
                + "execute-api:Invoke on resource: " + ARN_PREFIX + "GET/" + path
                + (explicit ? " with an explicit deny" : "") + "\"}");
        assertThat(response.header("x-amzn-ErrorType")).hasValue("AccessDeniedException");
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "192.168.3.4", "2001:db8::5"})
    void allowedSourceIpsGetThrough(String ip) {
        assertThat(from(ip, "/open").status()).isEqualTo(200);
    }

    @Test
    void explicitDenyOnAResourceBeatsTheAllow() {
        assertDenied(from("127.0.0.1", "/secret"), "secret", true);
    }

    @Test
    void notIpAddressDenyIsExplicit() {
        assertDenied(from("8.8.8.8", "/open"), "open", true);
    }

    @Test
    void noApplicableStatementIsAnImplicitDeny() {
        assertDenied(from("10.1.2.3", "/open"), "open", false);
    }

    @Test
    void silentPolicyLeavesTheDecisionToTheLambdaAuthorizer() {
        assertThat(withToken("10.1.2.3", "wildcard").status()).isEqualTo(200);
        assertThat(withToken("10.1.2.3", "elsewhere").bodyText())
                .isEqualTo("{\"Message\":\"User is not authorized to access this resource\"}");
    }

    @Test
    void explicitPolicyDenyWinsOverAnAllowingAuthorizer() {
        assertDenied(withToken("8.8.8.8", "wildcard"), "authorized", true);
    }

    @Test
    void apiWithoutPolicyAllowsEveryone() {
        Simulator open = TestApis.simulator("authorizers/apigw.yaml");
        assertThat(open.invoke(request("GET", "/open").sourceIp("8.8.8.8").build()).status()).isEqualTo(200);
    }
}
