package dev.apigw.simulator.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The design's layering: only the server adapter knows Javalin; the model knows neither Javalin nor Velocity. */
class LayeringTest {
    private static List<Path> sources(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }

    private static boolean imports(Path file, String prefix) {
        try {
            return Files.readAllLines(file).stream().anyMatch(l -> l.startsWith("import " + prefix));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void onlyTheServerPackageImportsJavalin() throws IOException {
        assertThat(sources(Path.of("src/main/java"))).filteredOn(f -> imports(f, "io.javalin"))
                .allSatisfy(f -> assertThat(f.toString()).contains("/dev/apigw/simulator/server/"));
    }

    @Test
    void modelImportsNoFrameworks() throws IOException {
        Path model = Path.of("../model/src/main/java");
        assertThat(sources(model)).noneMatch(f -> imports(f, "io.javalin") || imports(f, "org.apache.velocity")
                || imports(f, "com.fasterxml.jackson"));
    }
}
