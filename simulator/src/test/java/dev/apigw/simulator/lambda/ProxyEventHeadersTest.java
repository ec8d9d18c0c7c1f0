package dev.apigw.simulator.lambda;

import static dev.apigw.simulator.TestApis.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apigw.simulator.Simulator;
import dev.apigw.simulator.TestApis;
import dev.apigw.simulator.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Lambda proxy event's headers and requestContext as API Gateway fills them. */
@Timeout(30)
class ProxyEventHeadersTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Simulator SIMULATOR = TestApis.simulator("lambda/apigw.yaml");

    private static JsonNode event(HttpResponse response) throws Exception {
        assertThat(response.status()).as(response.bodyText()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Connection", "Content-Length", "Content-MD5", "Expect", "Max-Forwards",
        "Proxy-Authenticate", "Server", "TE", "Transfer-Encoding", "Trailer", "Upgrade", "WWW-Authenticate",
        "connection", "content-length"})
    void hopByHopAndFramingHeadersAreNotPassed(String header) throws Exception {
        JsonNode e = event(SIMULATOR.invoke(request("GET", "/echo/x").header(header, "1").header("X-Kept", "k")
                .build()));
        assertThat(e.get("headers").has(header)).as("headers." + header).isFalse();
        assertThat(e.get("multiValueHeaders").has(header)).as("multiValueHeaders." + header).isFalse();
        assertThat(e.at("/headers/X-Kept").asText()).isEqualTo("k");
        assertThat(e.at("/multiValueHeaders/X-Kept/0").asText()).isEqualTo("k");
    }

    @Test
    void onlyDroppedHeadersMeanNoHeaders() throws Exception {
        JsonNode e = event(SIMULATOR.invoke(request("GET", "/echo/x").header("Connection", "keep-alive").build()));
        assertThat(e.get("headers").isEmpty()).isTrue();
    }

    @Test
    void requestContextHasEveryDocumentedField() throws Exception {
        JsonNode rc = event(SIMULATOR.invoke(request("GET", "/echo/x").header("User-Agent", "ua/1").build()))
                .get("requestContext");
        for (String key : List.of("resourceId", "resourcePath", "httpMethod", "extendedRequestId", "requestTime",
                "path", "accountId", "protocol", "stage", "domainPrefix", "requestTimeEpoch", "requestId",
                "identity", "domainName", "deploymentId", "apiId")) {
            assertThat(rc.has(key)).as(key + " in " + rc).isTrue();
        }
        assertThat(rc.get("deploymentId").asText()).matches("[a-z0-9]{6}");
        assertThat(rc.get("protocol").asText()).isEqualTo("HTTP/1.1");
        assertThat(rc.get("requestTimeEpoch").isNumber()).isTrue();
        assertThat(rc.get("domainName").asText())
                .isEqualTo(rc.get("apiId").asText() + ".execute-api.us-east-1.amazonaws.com");
        assertThat(rc.get("domainPrefix").asText()).isEqualTo(rc.get("apiId").asText());
        assertThat(rc.get("extendedRequestId").asText()).isNotBlank();
        JsonNode identity = rc.get("identity");
        for (String key : List.of("cognitoIdentityPoolId", "accountId", "cognitoIdentityId", "caller", "sourceIp",
                "principalOrgId", "accessKey", "cognitoAuthenticationType", "cognitoAuthenticationProvider",
                "userArn", "userAgent", "user")) {
            assertThat(identity.has(key)).as("identity." + key).isTrue();
        }
        assertThat(identity.get("userAgent").asText()).isEqualTo("ua/1");
    }

    @Test
    void deploymentIdIsStableForTheStage() throws Exception {
        String first = event(SIMULATOR.invoke(request("GET", "/echo/x").build())).at("/requestContext/deploymentId")
                .asText();
        String again = event(TestApis.simulator("lambda/apigw.yaml").invoke(request("GET", "/echo/y").build()))
                .at("/requestContext/deploymentId").asText();
        assertThat(again).isEqualTo(first);
    }
}
