package dev.apigw.cli.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code apigw shell} as users run it: the shaded jar in its own JVM, once with commands piped into it (no
 * terminal: a script can drive it, no escape sequences) and once inside tmux, a real pseudo-terminal, where the
 * system terminal, TAB completion and colour work end to end. tmux is installed by {@code scripts/install-tmux.sh}
 * when missing; only when that is impossible are the tmux tests skipped.
 */
@Timeout(120)
class ShellJarIT {
    private static final Path PETSTORE = Path.of("..", "samples", "petstore");
    private static final Duration WAIT = Duration.ofSeconds(30);

    private static Path jar;

    @TempDir
    Path temp;

    Path project;

    @BeforeAll
    static void findJar() {
        jar = Path.of(System.getProperty("apigw.jar", "target/apigw.jar")).toAbsolutePath();
        assertThat(jar).as("shaded jar built by `package`").isRegularFile();
    }

    @BeforeEach
    void copyPetstore() throws IOException {
        project = temp.resolve("petstore");
        try (Stream<Path> files = Files.walk(PETSTORE)) {
            for (Path source : files.toList()) {
                Path target = project.resolve(PETSTORE.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    @Test
    void commandsPipedIntoTheShellRunOneByOneWithoutEscapeSequences() throws Exception {
        Path out = temp.resolve("out.txt");
        Process process = new ProcessBuilder(java(), "-jar", jar.toString(), "shell", project.toString())
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        process.getOutputStream().write("routes\ninvoke GET /pets?type=dog\ndescribe GET /nowhere\nexit\n"
                .getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("apigw shell did not finish: " + Files.readString(out));
        }
        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(text).isZero();
        assertThat(text).contains("    /{petId}\n      GET   HTTP_PROXY  NONE\n")
                .contains("HTTP 200\n").contains("\"type\": \"dog\"").doesNotContain("\"type\": \"cat\"")
                .contains("error: no resource matches GET /nowhere").doesNotContain("\u001b")
                .doesNotContain("Exception");
        assertThat(Files.readString(project.resolve(".apigw/history"))).contains(":routes\n")
                .contains(":invoke GET /pets?type=dog\n");
    }

    /** One tmux server on a private socket, so the test never touches a user's tmux. */
    @Nested
    class InTmux {
        private final String socket = "apigw-it-" + UUID.randomUUID().toString().substring(0, 8);
        private String tmux;

        @BeforeEach
        void needTmux() throws Exception {
            Optional<String> found = tmux();
            Assumptions.assumeTrue(found.isPresent(),
                    "tmux is not installed and scripts/install-tmux.sh could not install it");
            tmux = found.get();
        }

        /**
         * Ends the shell with Ctrl-D and waits (bounded) for it to exit before the temp project is deleted: a shell
         * killed with its session may still be writing its history file there.
         */
        @AfterEach
        void killServer() throws Exception {
            if (tmux == null) {
                return;
            }
            if (sessionAlive()) {
                run(tmux, "-L", socket, "send-keys", "-t", "shell", "C-u");
                run(tmux, "-L", socket, "send-keys", "-t", "shell", "C-d");
                long deadline = System.nanoTime() + WAIT.toNanos();
                while (sessionAlive() && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
            }
            run(tmux, "-L", socket, "kill-server");
        }

        private void start(String... env) throws Exception {
            List<String> command = new ArrayList<>(List.of(tmux, "-L", socket, "new-session", "-d", "-x", "200",
                    "-y", "50", "-s", "shell"));
            for (String e : env) {
                command.add("-e");
                command.add(e);
            }
            command.add(java() + " -jar " + jar + " shell " + project);
            assertThat(run(command.toArray(String[]::new))).isZero();
        }

        private void keys(String... keys) throws Exception {
            List<String> command = new ArrayList<>(List.of(tmux, "-L", socket, "send-keys", "-t", "shell"));
            command.addAll(List.of(keys));
            assertThat(run(command.toArray(String[]::new))).isZero();
        }

        private String screen(boolean escapes) throws Exception {
            List<String> command = new ArrayList<>(List.of(tmux, "-L", socket, "capture-pane", "-p", "-J", "-S",
                    "-200", "-t", "shell"));
            if (escapes) {
                command.add("-e");
            }
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(10, TimeUnit.SECONDS);
            return text;
        }

        private Matcher await(String regex) throws Exception {
            Pattern pattern = Pattern.compile(regex, Pattern.DOTALL);
            long deadline = System.nanoTime() + WAIT.toNanos();
            String last = "";
            while (System.nanoTime() < deadline) {
                last = screen(false);
                Matcher m = pattern.matcher(last);
                if (m.find()) {
                    return m;
                }
                Thread.sleep(100);
            }
            throw new AssertionError("no /" + regex + "/ in the tmux pane within " + WAIT.toSeconds() + " s:\n"
                    + last);
        }

        private boolean sessionAlive() throws Exception {
            return run(tmux, "-L", socket, "has-session", "-t", "shell") == 0;
        }

        @Test
        void tabCompletesCommandsAndRoutesInARealTerminal() throws Exception {
            start();
            await("apigw:petstore> ");
            keys("rou", "Tab");
            await("apigw:petstore> routes ");
            keys("Enter");
            await("    /\\{petId\\}\n      GET   HTTP_PROXY  NONE");

            keys("describe GET /pets/", "Tab");
            await("describe GET /pets/\\{petId\\}");
            keys("Enter");
            await("GET /pets/\\{petId\\}\n  operation: getPet");

            keys("invoke GET /pets", "Enter");
            await("HTTP 200\n");
            keys("exit", "Enter");
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (sessionAlive() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(sessionAlive()).as("the shell ended on exit").isFalse();
            assertThat(Files.readString(project.resolve(".apigw/history"))).contains(":routes\n")
                    .contains(":describe GET /pets/{petId}\n");
        }

        @Test
        void errorsAreColouredOnATerminal() throws Exception {
            start();
            await("apigw:petstore> ");
            keys("describe GET /nowhere", "Enter");
            await("error: no resource matches");
            assertThat(screen(true)).contains("\u001b[1m\u001b[31merror:");
        }

        @Test
        void noColorTurnsColourOff() throws Exception {
            start("NO_COLOR=1");
            await("apigw:petstore> ");
            keys("describe GET /nowhere", "Enter");
            await("error: no resource matches");
            assertThat(screen(true)).doesNotContain("\u001b[1m\u001b[31m").doesNotContain("\u001b[36m");
        }
    }

    private static int run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(
                ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(20, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }

    /** The tmux executable, installing it with the project's script when it is missing. */
    private static Optional<String> tmux() throws Exception {
        Optional<String> found = onPath("tmux");
        if (found.isPresent()) {
            return found;
        }
        Path script = Path.of("..", "scripts", "install-tmux.sh").toAbsolutePath().normalize();
        if (!Files.isRegularFile(script)) {
            return Optional.empty();
        }
        Process install = new ProcessBuilder("sh", script.toString()).inheritIO().start();
        if (!install.waitFor(10, TimeUnit.MINUTES)) {
            install.destroyForcibly();
            return Optional.empty();
        }
        return onPath("tmux");
    }

    private static Optional<String> onPath(String name) {
        String path = System.getenv("PATH");
        List<String> dirs = new ArrayList<>(List.of((path == null ? "" : path).split(File.pathSeparator)));
        dirs.add("/usr/bin");
        for (String d : dirs) {
            Path candidate = Path.of(d.isEmpty() ? "." : d, name);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate.toString());
            }
        }
        return Optional.empty();
    }
}
