package dev.apigw.simulator.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.model.project.ApiProject;
import dev.apigw.openapi.project.ProjectLoader;
import dev.apigw.openapi.read.ImportOptions;
import dev.apigw.simulator.Simulator;
import dev.apigw.simulator.SimulatorOptions;
import dev.apigw.simulator.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * AWS_IAM methods accept signatures computed independently of the SDK (the published algorithm, in
 * {@link SigV4Reference}) over only the headers the client chose, as curl's {@code --aws-sigv4} signs them: no
 * {@code x-amz-content-sha256}.
 */
class IamMethodSignatureTest {
    static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    static final String AMZ_DATE = "20260301T120000Z";

    @TempDir
    Path dir;

    @Test
    void curlStyleSignatureOverContentTypeHostAndDateIsAccepted() throws Exception {
        Files.writeString(dir.resolve("openapi.yaml"), """
                openapi: 3.0.1
                info: { title: iam-curl, version: "1" }
                components:
                  securitySchemes:
                    sigv4: { type: apiKey, name: Authorization, in: header, x-amazon-apigateway-authtype: awsSigv4 }
                paths:
                  /report:
                    post:
                      security: [ { sigv4: [] } ]
                      x-amazon-apigateway-integration:
                        type: mock
                        requestTemplates: { application/json: '{"statusCode": 200}' }
                        responses: { default: { statusCode: "200", responseTemplates: { application/json: 'ok $context.identity.accessKey' } } }
                """);
        Files.writeString(dir.resolve("apigw.yaml"), "definition: openapi.yaml\ncredentials:\n"
                + "  - { accessKeyId: AKIDCURL, secretAccessKey: \"" + SECRET + "\" }\n");
        ApiProject project = new ProjectLoader().load(dir, ImportOptions.defaults()).project();
        Simulator simulator = Simulator.create(project, SimulatorOptions.stage("dev")
                .withClock(Clock.fixed(Instant.parse("2026-03-01T12:01:00Z"), ZoneOffset.UTC)));

        Map<String, List<String>> headers = Map.of("Host", List.of("127.0.0.1:3000"), "X-Amz-Date",
                List.of(AMZ_DATE), "Content-Type", List.of("application/json"));
        List<String> signed = List.of("content-type", "host", "x-amz-date");
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        String signature = SigV4Reference.signature("POST", "/dev/report", "", headers, signed, body, SECRET,
                AMZ_DATE, "us-east-1", "execute-api");
        HttpRequest.Builder request = HttpRequest.builder("POST", "/report").body(body)
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=AKIDCURL/20260301/us-east-1/execute-api/"
                        + "aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=" + signature)
                .header("User-Agent", "curl/7.88.1");
        headers.forEach((k, v) -> request.header(k, v.get(0)));

        assertThat(new String(simulator.invoke(request.build()).body(), StandardCharsets.UTF_8))
                .isEqualTo("ok AKIDCURL");
    }
}
