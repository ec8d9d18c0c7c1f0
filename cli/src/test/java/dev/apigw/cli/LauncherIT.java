package dev.apigw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./apigw} launcher with the AppCDS archive the build dumps beside the jar: used when it matches, and a
 * silent fallback when it does not. {@code MVN=false} makes sure the launcher can never start a Maven build here.
 */
class LauncherIT {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path temp;

    record Result(int exitCode, String out, String err, String classLog) {}

    private Result run(Path root, Map<String, String> env, String... args) throws IOException, InterruptedException {
        Path classLog = temp.resolve("classes-" + System.nanoTime() + ".log");
        List<String> command = new java.util.ArrayList<>(List.of("bash", root.resolve("apigw").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(temp.resolve("out.txt").toFile())
                .redirectError(temp.resolve("err.txt").toFile());
        builder.environment().put("MVN", "false");
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("JAVA_OPTS", "-Xlog:class+load=info:file=" + classLog);
        builder.environment().putAll(env);
        Process process = builder.start();
        process.getOutputStream().close();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("launcher did not finish within 60 s");
        }
        return new Result(process.exitValue(), Files.readString(temp.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(temp.resolve("err.txt"), StandardCharsets.UTF_8),
                Files.exists(classLog) ? Files.readString(classLog) : "");
    }

    @Test
    void buildProducesAnArchiveThatTheLauncherUses() throws Exception {
        assertThat(ROOT.resolve("cli/target/apigw.jsa")).isRegularFile();
        Result result = run(ROOT, Map.of(), "--version");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("apigw ");
        assertThat(result.err()).isEmpty();
        assertThat(result.classLog()).contains("dev.apigw.cli.Main source: shared objects file");
    }

    @Test
    void noCdsSwitchStartsFromTheJar() throws Exception {
        Result result = run(ROOT, Map.of("APIGW_NO_CDS", "1"), "--version");
        assertThat(result.exitCode()).isZero();
        assertThat(result.classLog()).contains("dev.apigw.cli.Main source: file:")
                .doesNotContain("dev.apigw.cli.Main source: shared objects file");
    }

    @Test
    void anArchiveThatDoesNotMatchTheJarIsIgnoredSilently() throws Exception {
        // A copy of the checkout layout: the archive records the original jar's path, so here it cannot match.
        Path copy = Files.createDirectories(temp.resolve("checkout/cli/target"));
        Files.copy(ROOT.resolve("apigw"), temp.resolve("checkout/apigw"));
        Files.copy(ROOT.resolve("cli/target/apigw.jar"), copy.resolve("apigw.jar"));
        Files.copy(ROOT.resolve("cli/target/apigw.jsa"), copy.resolve("apigw.jsa"));
        Path pom = Files.writeString(temp.resolve("checkout/pom.xml"), "<project/>");
        Files.setLastModifiedTime(pom, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        Files.setLastModifiedTime(copy.resolve("apigw.jsa"), FileTime.from(Instant.now().plusSeconds(5)));

        Result result = run(temp.resolve("checkout"), Map.of(), "diff", "--output", "json",
                ROOT.resolve("cli/src/test/resources/diff/v1.yaml").toString(),
                ROOT.resolve("cli/src/test/resources/diff/v2.yaml").toString());
        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).startsWith("{").contains("\"breaking\": 8");
        assertThat(result.classLog()).contains("dev.apigw.cli.Main source: file:");
    }

    @Test
    void anArchiveOlderThanTheJarIsNotOffered() throws Exception {
        Path copy = Files.createDirectories(temp.resolve("checkout/cli/target"));
        Files.copy(ROOT.resolve("apigw"), temp.resolve("checkout/apigw"));
        Files.copy(ROOT.resolve("cli/target/apigw.jar"), copy.resolve("apigw.jar"));
        Files.writeString(copy.resolve("apigw.jsa"), "not an archive");
        Files.setLastModifiedTime(copy.resolve("apigw.jsa"), FileTime.from(Instant.parse("2021-01-01T00:00:00Z")));
        Path pom = Files.writeString(temp.resolve("checkout/pom.xml"), "<project/>");
        Files.setLastModifiedTime(pom, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));

        Result result = run(temp.resolve("checkout"), Map.of(), "--version");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("apigw ");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void serveRunsOnTheThroughputCollector() throws Exception {
        Path gcLog = temp.resolve("gc.log");
        Result result = run(ROOT, Map.of("JAVA_OPTS", "-Xlog:gc:file=" + gcLog), "serve", "--help");
        assertThat(result.exitCode()).isZero();
        assertThat(Files.readString(gcLog)).contains("Using Parallel");
    }

    @Test
    void aCollectorChosenInJavaOptsWinsForServe() throws Exception {
        Path gcLog = temp.resolve("gc.log");
        Result result = run(ROOT, Map.of("JAVA_OPTS", "-XX:+UseSerialGC -Xlog:gc:file=" + gcLog), "serve", "--help");
        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(Files.readString(gcLog)).contains("Using Serial");
    }

    @Test
    void otherCommandsKeepTheDefaultCollector() throws Exception {
        Path gcLog = temp.resolve("gc.log");
        Result result = run(ROOT, Map.of("JAVA_OPTS", "-Xlog:gc:file=" + gcLog), "--version");
        assertThat(result.exitCode()).isZero();
        assertThat(Files.readString(gcLog)).doesNotContain("Using Parallel");
    }
}
