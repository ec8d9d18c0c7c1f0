package dev.apigw.openapi.roundtrip;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds {@code ../shared/corpus} beside the project root, wherever the tests run from. */
public final class Corpus {
    private Corpus() {
    }

    public static Optional<Path> dir(String sub) {
        Path p = Path.of("").toAbsolutePath();
        while (p != null) {
            Path candidate = p.resolve("shared").resolve("corpus").resolve(sub);
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
            p = p.getParent();
        }
        return Optional.empty();
    }

    public static boolean hasOpenApi() {
        return dir("openapi").isPresent();
    }

    /** API definitions only: {@code localstack__pets.json} is a data file, not an API (see INDEX.md). */
    public static List<Path> openApiFiles() throws IOException {
        Optional<Path> dir = dir("openapi");
        if (dir.isEmpty()) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir.get())) {
            return files.filter(f -> !f.getFileName().toString().equals("localstack__pets.json"))
                    .filter(f -> f.toString().matches(".*\\.(json|yaml|yml)$")).sorted().toList();
        }
    }
}
