package dev.apigw.openapi.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.model.diag.Diagnostic;
import dev.apigw.openapi.cfn.CloudFormationExtractor;
import dev.apigw.openapi.project.ProjectImporter;
import dev.apigw.openapi.read.ImportOptions;
import dev.apigw.openapi.source.SourceDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every API of every template in {@code ../shared/corpus/cloudformation} imports into a project without errors. */
@EnabledIf("hasCorpus")
class CorpusCloudFormationImportTest {
    @TempDir
    Path tmp;

    static boolean hasCorpus() {
        return Corpus.dir("cloudformation").isPresent();
    }

    static Stream<Arguments> apis() throws IOException {
        Path dir = Corpus.dir("cloudformation").orElseThrow();
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList().stream().flatMap(f -> new CloudFormationExtractor(Map.of())
                    .apiResourceIds(SourceDocument.read(f)).stream().map(id -> Arguments.of(f.getFileName().toString(),
                            id, f)));
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("apis")
    void importsWithoutErrors(String name, String logicalId, Path template) {
        ProjectImporter.Outcome outcome = new ProjectImporter().importCloudFormation(template, Optional.of(logicalId),
                ImportOptions.defaults(), tmp.resolve(logicalId), true, false, ProjectImporter.Mode.OVERWRITE);
        assertThat(outcome.diagnostics()).noneMatch(Diagnostic::isError);
        assertThat(outcome.api().resources()).isNotEmpty();
        assertThat(outcome.written()).isNotEmpty();
    }
}
