package dev.apigw.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** samples/cognito works as its README says: token init, token mint, then calls through apigw invoke. */
class CognitoSampleTest {
    private static final Path SAMPLE = Path.of("..", "samples", "cognito");
    private static final String POOL = "arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_Sample01";

    @TempDir
    Path dir;

    @Test
    void readmeStepsWork() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLE)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        assertThat(CliRun.of("token", "init", dir.toString()).exitCode()).isZero();
        String key = dir.resolve("keys/signing-key.json").toString();
        String id = CliRun.of("token", "mint", "--key", key, "--user-pool", POOL, "--sub", "ana", "--claim",
                "email=ana@example.com").out().trim();
        String access = CliRun.of("token", "mint", "--key", key, "--user-pool", POOL, "--scope",
                "openid orders/read", "--expires-in", "15m").out().trim();

        assertThat(CliRun.of("invoke", dir.toString(), "GET", "/me", "--header", "Authorization=" + id).out())
                .contains("\"sub\": \"ana\"", "\"email\": \"ana@example.com\"");
        assertThat(CliRun.of("invoke", dir.toString(), "GET", "/orders", "--header", "Authorization=" + access)
                .out()).contains("\"scope\": \"openid orders/read\"");
        assertThat(CliRun.of("invoke", dir.toString(), "GET", "/orders", "--header", "Authorization=" + id).out())
                .contains("{\"message\":\"Unauthorized\"}");
        assertThat(CliRun.of("invoke", dir.toString(), "POST", "/admin/report", "--body", "{}").out())
                .contains("{\"message\":\"Missing Authentication Token\"}");
    }
}
