package dev.apigw.cli.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apigw.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * {@code apigw diff} on the real-world definitions of {@code ../shared/corpus/openapi}: a document compared with
 * itself has no changes, and any two documents compare without an error (like CorpusValidationTest, it runs when
 * the corpus is there).
 */
@EnabledIf("hasCorpus")
class DiffCorpusTest {

    static boolean hasCorpus() {
        return corpus().isPresent();
    }

    private static Optional<Path> corpus() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared").resolve("corpus").resolve("openapi");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static List<Path> documents() throws IOException {
        try (Stream<Path> files = Files.list(corpus().orElseThrow())) {
            return files.filter(f -> f.toString().matches(".*\\.(ya?ml|json)$")).sorted().toList();
        }
    }

    @Test
    void everyDocumentEqualsItself() throws IOException {
        for (Path document : documents()) {
            CliRun run = CliRun.of("diff", "--fail-on", "any", document.toString(), document.toString());
            assertThat(run.exitCode()).as(document.getFileName() + ": " + run.err()).isZero();
            assertThat(run.out()).as(document.getFileName().toString()).isEqualTo("No changes." + System.lineSeparator());
        }
    }

    @Test
    void neighboursCompareIntoOneJsonDocument() throws IOException {
        List<Path> documents = documents();
        for (int i = 1; i < documents.size(); i++) {
            CliRun run = CliRun.of("diff", "--output", "json", documents.get(i - 1).toString(),
                    documents.get(i).toString());
            String pair = documents.get(i - 1).getFileName() + " -> " + documents.get(i).getFileName();
            assertThat(run.exitCode()).as(pair + ": " + run.err()).isZero();
            JsonNode report = new ObjectMapper().readTree(run.out());
            assertThat(report.get("breaking").asInt() + report.get("nonBreaking").asInt()).as(pair)
                    .isEqualTo(report.get("changes").size());
        }
    }
}
