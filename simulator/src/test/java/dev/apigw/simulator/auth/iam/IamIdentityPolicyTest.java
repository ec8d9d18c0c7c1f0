package dev.apigw.simulator.auth.iam;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.openapi.project.ProjectLoader;
import dev.apigw.openapi.read.ImportOptions;
import dev.apigw.simulator.Simulator;
import dev.apigw.simulator.SimulatorOptions;
import dev.apigw.simulator.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** AWS_IAM callers whose credential carries an identity policy may invoke only what it allows. */
class IamIdentityPolicyTest {
    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    private static final String APIGW = """
            definition: openapi.yaml
            credentials:
              - accessKeyId: AKIDREADER
                secretAccessKey: "%1$s"
                user: reader
                accountId: "111122223333"
                policy:
                  Version: "2012-10-17"
                  Statement:
                    - { Effect: Allow, Action: "execute-api:Invoke", Resource: "arn:aws:execute-api:*:*:*/dev/POST/items/8" }
              - accessKeyId: AKIDALMOST
                secretAccessKey: "%1$s"
                user: almost
                policy:
                  Statement:
                    - { Effect: Allow, Action: "execute-api:*", Resource: "*" }
                    - { Effect: Deny, Action: "execute-api:Invoke", Resource: "arn:aws:execute-api:*:*:*/*/*/items/7" }
              - accessKeyId: AKIDWRITER
                secretAccessKey: "%1$s"
                user: writer
                policy:
                  Statement: { Effect: Allow, Action: "execute-api:Invoke", Resource: "arn:aws:execute-api:*:*:*/dev/POST/items/*" }
              - accessKeyId: AKIDBROKEN
                secretAccessKey: "%1$s"
                policy: { Version: "2012-10-17" }
              - accessKeyId: AKIDANYONE
                secretAccessKey: "%1$s"
            """.formatted(SECRET);

    @TempDir
    static Path dir;
    static Simulator simulator;

    @BeforeAll
    static void setUp() throws Exception {
        Files.writeString(dir.resolve("openapi.yaml"), IamAuthorizerTest.OPENAPI);
        Files.writeString(dir.resolve("apigw.yaml"), APIGW);
        simulator = Simulator.create(new ProjectLoader().load(dir, ImportOptions.defaults()).project(),
                SimulatorOptions.stage("dev").withClock(IamFixture.CLOCK));
    }

    private static HttpResponse postItem7As(String accessKey) {
        return simulator.invoke(IamFixture.toSimulator(IamFixture.sign("POST", IamAuthorizerTest.URL,
                IamAuthorizerTest.BODY, accessKey, SECRET, IamFixture.CLOCK.instant(),
                Map.of("Content-Type", List.of("application/json"))), "/items/7", IamAuthorizerTest.BODY));
    }

    private static String body(HttpResponse response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    @Test
    void aPolicyThatAllowsTheMethodLetsTheCallerIn() {
        HttpResponse response = postItem7As("AKIDWRITER");

        assertThat(response.status()).isEqualTo(200);
        assertThat(body(response)).contains("\"user\": \"" + IamAuthorizer.principalId("AKIDWRITER") + "\"");
    }

    @Test
    void aPolicyThatDoesNotMentionTheMethodIs403NotAuthorized() {
        HttpResponse response = postItem7As("AKIDREADER");

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.headers().get("x-amzn-ErrorType")).containsExactly("AccessDeniedException");
        assertThat(body(response)).matches("\\{\"Message\":\"User: arn:aws:iam::111122223333:user/reader is not "
                + "authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:[a-z0-9-]+:\\d{12}:"
                + "[a-z0-9]+/dev/POST/items/7\"}");
    }

    @Test
    void anExplicitDenyWinsOverAnAllowAndSaysSo() {
        HttpResponse response = postItem7As("AKIDALMOST");

        assertThat(response.status()).isEqualTo(403);
        assertThat(body(response)).startsWith("{\"Message\":\"User: arn:aws:iam::123456789012:user/almost is not")
                .endsWith("/dev/POST/items/7 with an explicit deny\"}");
    }

    @Test
    void aCredentialWithoutAPolicyMayInvokeEveryMethod() {
        assertThat(postItem7As("AKIDANYONE").status()).isEqualTo(200);
    }

    @Test
    void aPolicyWithoutStatementIsAConfigurationError() {
        HttpResponse response = postItem7As("AKIDBROKEN");

        assertThat(response.status()).isEqualTo(500);
        assertThat(body(response)).isEqualTo("{\"message\": \"Internal server error\"}");
    }
}
