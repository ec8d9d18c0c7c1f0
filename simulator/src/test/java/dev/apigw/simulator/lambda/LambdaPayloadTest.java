package dev.apigw.simulator.lambda;

import static dev.apigw.simulator.TestApis.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.simulator.Simulator;
import dev.apigw.simulator.TestApis;
import dev.apigw.simulator.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A Lambda non-proxy (AWS) integration sends the mapped body as the Invoke payload, which must be JSON: Lambda
 * refuses anything else with "Could not parse request body into json", and API Gateway answers the client 400 with
 * that message.
 */
@Timeout(30)
class LambdaPayloadTest {
    private static final Simulator SIMULATOR = TestApis.simulator("lambda-payload/apigw.yaml");

    @Test
    void templateRenderingInvalidJsonIs400CouldNotParseRequestBody() {
        HttpResponse response = SIMULATOR.invoke(request("POST", "/trailing-comma?mode=fine").build());
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.bodyText()).startsWith("{\"message\": \"Could not parse request body into json: "
                + "Could not parse payload into json: Unexpected character ('}' (code 125)): "
                + "was expecting double-quote to start field name");
        assertThat(response.header("x-amzn-ErrorType")).hasValue("BadRequestException");
    }

    @Test
    void nonJsonBodyPassedThroughIs400() {
        HttpResponse response = SIMULATOR.invoke(request("POST", "/passthrough")
                .header("Content-Type", "text/plain").body("hello").build());
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.bodyText()).startsWith("{\"message\": \"Could not parse request body into json: "
                + "Could not parse payload into json: Unrecognized token 'hello'");
    }

    @Test
    void jsonBodyPassedThroughReachesTheFunction() {
        HttpResponse response = SIMULATOR.invoke(request("POST", "/passthrough")
                .header("Content-Type", "text/plain").body("{\"mode\": \"fine\"}").build());
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.bodyText()).isEqualTo("{\"ok\":true,\"mode\":\"fine\"}");
    }
}
