package dev.apigw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Rules that keep the CLI usable in-process (tests, the shell): checked on the sources. */
class ConventionsTest {

    private static final Path MAIN_SOURCES = Path.of("src/main/java");

    @Test
    void only_main_touches_the_process_streams() throws IOException {
        // Commands write through picocli's writers (BaseCommand.out()/err()); System.out would bypass the
        // writers given to ApigwCli and leak into test output or past the shell.
        List<String> offenders;
        try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
            offenders = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.endsWith(Path.of("dev/apigw/cli/Main.java")))
                    .filter(ConventionsTest::usesProcessStreams)
                    .map(Path::toString)
                    .toList();
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void exit_codes_have_their_documented_values() {
        assertThat(List.of(BaseCommand.EXIT_OK, BaseCommand.EXIT_FINDINGS, BaseCommand.EXIT_USAGE, BaseCommand.EXIT_INPUT))
                .containsExactly(0, 1, 2, 3);
    }

    private static boolean usesProcessStreams(Path file) {
        try {
            String source = Files.readString(file);
            return source.contains("System.out") || source.contains("System.err") || source.contains("System.exit");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
