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
import org.junit.jupiter.api.Nested;
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
              - accessKeyId: AKIDPARTNER
                secretAccessKey: "%1$s"
                user: partner
                accountId: "444455556666"
                policy:
                  Statement: { Effect: Allow, Action: "execute-api:Invoke", Resource: "*" }
            """.formatted(SECRET);
    /** Allows only callers from 10.0.0.0/8, denies everyone /items/9: silent for a loopback caller of /items/7. */
    private static final String RESOURCE_POLICY = """
            x-amazon-apigateway-policy:
              Version: "2012-10-17"
              Statement:
                - { Effect: Allow, Principal: "*", Action: "execute-api:Invoke", Resource: "execute-api:/*",
                    Condition: { IpAddress: { "aws:SourceIp": "10.0.0.0/8" } } }
                - { Effect: Deny, Principal: "*", Action: "execute-api:Invoke", Resource: "execute-api:/*/POST/items/9" }
            """;

    /**
     * Names its callers: the partner account's user may call /items/*, every identity of the reader's account
     * /items/8, and everyone but the writer is denied /items/6 (NotPrincipal).
     */
    private static final String PRINCIPAL_POLICY = """
            x-amazon-apigateway-policy:
              Version: "2012-10-17"
              Statement:
                - { Effect: Allow, Principal: { AWS: "arn:aws:iam::444455556666:user/partner" },
                    Action: "execute-api:Invoke", Resource: "execute-api:/*/POST/items/*" }
                - { Effect: Allow, Principal: { AWS: ["111122223333"] }, Action: "execute-api:Invoke",
                    Resource: "execute-api:/*/POST/items/8" }
                - { Effect: Deny, NotPrincipal: { AWS: "arn:aws:iam::123456789012:user/writer" },
                    Action: "execute-api:Invoke", Resource: "execute-api:/*/POST/items/6" }
            """;

    @TempDir
    static Path dir;
    static Simulator simulator;
    static Simulator withResourcePolicy;
    static Simulator withPrincipals;

    @BeforeAll
    static void setUp() throws Exception {
        simulator = simulator(dir.resolve("plain"), IamAuthorizerTest.OPENAPI);
        withResourcePolicy = simulator(dir.resolve("policy"), IamAuthorizerTest.OPENAPI + RESOURCE_POLICY);
        withPrincipals = simulator(dir.resolve("principals"), IamAuthorizerTest.OPENAPI + PRINCIPAL_POLICY);
    }

    private static Simulator simulator(Path project, String openapi) throws Exception {
        Files.createDirectories(project);
        Files.writeString(project.resolve("openapi.yaml"), openapi);
        Files.writeString(project.resolve("apigw.yaml"), APIGW);
        return Simulator.create(new ProjectLoader().load(project, ImportOptions.defaults()).project(),
                SimulatorOptions.stage("dev").withClock(IamFixture.CLOCK));
    }

    private static HttpResponse postItem7As(String accessKey) {
        return post(simulator, "/items/7", accessKey);
    }

    private static HttpResponse post(Simulator target, String path, String accessKey) {
        String url = IamAuthorizerTest.URL.replace("/items/7", path);
        return target.invoke(IamFixture.toSimulator(IamFixture.sign("POST", url, IamAuthorizerTest.BODY, accessKey,
                SECRET, IamFixture.CLOCK.instant(), Map.of("Content-Type", List.of("application/json"))), path,
                IamAuthorizerTest.BODY));
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

    @Nested
    class WithAResourcePolicy {
        @Test
        void aCallerOfTheApisOwnAccountNeedsOnlyItsOwnPolicyToAllow() {
            assertThat(post(withResourcePolicy, "/items/7", "AKIDANYONE").status()).isEqualTo(200);
            assertThat(post(withResourcePolicy, "/items/7", "AKIDWRITER").status()).isEqualTo(200);
        }

        @Test
        void aCallerFromAnotherAccountNeedsTheResourcePolicyToAllowToo() {
            HttpResponse response = post(withResourcePolicy, "/items/7", "AKIDPARTNER");

            assertThat(response.status()).isEqualTo(403);
            assertThat(body(response)).startsWith("{\"Message\":\"User: arn:aws:iam::444455556666:user/partner is "
                    + "not authorized to perform: execute-api:Invoke on resource: ").endsWith("/dev/POST/items/7\"}");
            assertThat(post(simulator, "/items/7", "AKIDPARTNER").status()).as("no resource policy").isEqualTo(200);
        }

        @Test
        void anExplicitDenyInTheResourcePolicyStopsEveryCaller() {
            HttpResponse response = post(withResourcePolicy, "/items/9", "AKIDANYONE");

            assertThat(response.status()).isEqualTo(403);
            assertThat(body(response)).endsWith("/dev/POST/items/9 with an explicit deny\"}");
        }
    }

    @Nested
    class WithAResourcePolicyNamingPrincipals {
        @Test
        void aCrossAccountUserTheResourcePolicyNamesMayCall() {
            assertThat(post(withPrincipals, "/items/7", "AKIDPARTNER").status()).isEqualTo(200);
        }

        @Test
        void anAccountIdNamesEveryIdentityOfThatAccount() {
            assertThat(post(withPrincipals, "/items/8", "AKIDREADER").status()).isEqualTo(200);
            assertThat(post(withResourcePolicy, "/items/8", "AKIDREADER").status())
                    .as("a resource policy silent about the reader's account").isEqualTo(403);
        }

        @Test
        void aDenyWithNotPrincipalStopsEveryoneButTheNamedUser() {
            assertThat(post(withPrincipals, "/items/6", "AKIDWRITER").status()).isEqualTo(200);
            HttpResponse response = post(withPrincipals, "/items/6", "AKIDANYONE");

            assertThat(response.status()).isEqualTo(403);
            assertThat(body(response)).endsWith("/dev/POST/items/6 with an explicit deny\"}");
        }
    }
}
