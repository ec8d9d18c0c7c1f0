package dev.apigw.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.cli.CliRun;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** samples/authorizers as its README shows it, through {@code apigw invoke} and {@code apigw validate}. */
@Timeout(60)
class AuthorizersSampleTest {
    private static final String SAMPLE = Path.of("..", "samples", "authorizers").toString();

    private static CliRun hello(String token) {
        return CliRun.of("invoke", SAMPLE, "--stage", "dev", "GET", "/hello", "--header", "Authorization=" + token);
    }

    @Test
    void allowedTokenNamesThePrincipal() {
        CliRun run = hello("allow-alice");
        assertThat(run.out()).as(run.err()).startsWith("HTTP 200\n").contains("{\"hello\": \"alice\", \"role\": \"admin\"}");
    }

    @Test
    void deniedTokenIs403WithAnExplicitDeny() {
        assertThat(hello("deny").out()).startsWith("HTTP 403\n")
                .contains("{\"Message\":\"User is not authorized to access this resource with an explicit deny\"}");
    }

    @Test
    void unknownTokenIs401() {
        assertThat(hello("nobody").out()).startsWith("HTTP 401\n").contains("{\"message\":\"Unauthorized\"}");
    }

    @Test
    void readOnlyTokenCannotPost() {
        CliRun run = CliRun.of("invoke", SAMPLE, "POST", "/whoami", "--header", "Authorization=readonly-bob");
        assertThat(run.out()).startsWith("HTTP 403\n")
                .contains("{\"Message\":\"User is not authorized to access this resource\"}");
    }

    @Test
    void sampleValidatesWithoutFindings() {
        CliRun run = CliRun.of("validate", SAMPLE);
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out() + run.err()).contains("no findings");
    }
}
