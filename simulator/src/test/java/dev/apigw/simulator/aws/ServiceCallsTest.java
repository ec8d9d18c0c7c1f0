package dev.apigw.simulator.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.simulator.pipeline.IntegrationRequest;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceCallsTest {
    private static final URI ENDPOINT = URI.create("http://127.0.0.1:4566");

    private static IntegrationRequest get() {
        return new IntegrationRequest("GET", "", Map.of(), Map.of(), Map.of(), new byte[0]);
    }

    private static URI target(String arn) {
        return ServiceCalls.build(get(), AwsServiceUri.parse(arn).orElseThrow(), ENDPOINT).uri();
    }

    @Test
    void s3PathStyleUriKeepsBucketAndKeyInThePath() {
        assertThat(target("arn:aws:apigateway:us-east-1:s3:path/photos/cat.png"))
                .hasToString("http://127.0.0.1:4566/photos/cat.png");
    }

    @Test
    void s3VirtualHostedBucketBecomesThePathsFirstSegment() {
        assertThat(target("arn:aws:apigateway:us-east-1:photos.s3:path/2024/cat.png"))
                .hasToString("http://127.0.0.1:4566/photos/2024/cat.png");
    }

    @Test
    void subdomainOfAnotherServiceIsNotAddedToThePath() {
        assertThat(target("arn:aws:apigateway:us-east-1:runtime.sagemaker:path/endpoints/e/invocations"))
                .hasToString("http://127.0.0.1:4566/endpoints/e/invocations");
    }
}
