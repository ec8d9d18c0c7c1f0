package dev.apigw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End-to-end: the shaded jar that users run, started in its own JVM after {@code package} (failsafe, {@code verify}).
 * Catches what in-process tests cannot: the manifest's main class, shading, the filtered version resource, and
 * exit codes reaching the process status.
 */
class ApigwJarIT {

    private static Path jar;

    @TempDir
    Path temp;

    record Result(int exitCode, String out, String err) {}

    @BeforeAll
    static void findJar() {
        String configured = System.getProperty("apigw.jar", "target/apigw.jar");
        jar = Path.of(configured).toAbsolutePath();
        assertThat(jar).as("shaded jar built by `package`").isRegularFile();
    }

    private Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(List.of(args));
        Path out = temp.resolve("out.txt");
        Path err = temp.resolve("err.txt");
        Process process = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        process.getOutputStream().close(); // no input: a command waiting on stdin fails fast instead of hanging
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("apigw did not finish within 60 s: " + command);
        }
        return new Result(
                process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void version_prints_the_project_version_and_exits_0() throws Exception {
        Result result = run("--version");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("apigw 0.1.0-SNAPSHOT");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void unknown_option_exits_2_with_the_error_on_stderr() throws Exception {
        Result result = run("--no-such-option");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("Unknown option: '--no-such-option'").doesNotContain("\u001b[");
    }

    @Test
    void help_lists_the_exit_codes() throws Exception {
        Result result = run("--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Exit codes:");
    }
}
