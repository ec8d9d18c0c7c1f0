package dev.apigw.simulator.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AwsServiceUriTest {
    @Test
    void readsAnActionUriWithItsParameters() {
        AwsServiceUri uri = AwsServiceUri.parse("arn:aws:apigateway:us-west-2:s3:action/GetObject&Bucket=b&Key=a%2Fb")
                .orElseThrow();
        assertThat(uri).isEqualTo(new AwsServiceUri("us-west-2", "s3", Optional.empty(), AwsServiceUri.Kind.ACTION,
                "GetObject", Map.of("Bucket", List.of("b"), "Key", List.of("a/b"))));
    }

    @Test
    void readsAPathUriAndItsSubdomain() {
        AwsServiceUri uri = AwsServiceUri.parse("arn:aws:apigateway:eu-west-1:my.sqs:path/123/q").orElseThrow();
        assertThat(uri.service()).isEqualTo("sqs");
        assertThat(uri.subdomain()).hasValue("my");
        assertThat(uri.kind()).isEqualTo(AwsServiceUri.Kind.PATH);
        assertThat(uri.target()).isEqualTo("123/q");
    }

    @Test
    void signsForUsEast1WhenTheRegionIsEmpty() {
        assertThat(AwsServiceUri.parse("arn:aws:apigateway::dynamodb:action/Scan").orElseThrow().signingRegion())
                .isEqualTo("us-east-1");
    }

    @Test
    void tellsLambdaUrisFromServiceUris() {
        assertThat(AwsServiceUri.isLambda("arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/"
                + "arn:aws:lambda:us-east-1:123:function:f/invocations")).isTrue();
        assertThat(AwsServiceUri.isLambda("arn:aws:apigateway:us-east-1:sqs:path/1/q")).isFalse();
        assertThat(AwsServiceUri.parse("http://example.com")).isEmpty();
    }
}
