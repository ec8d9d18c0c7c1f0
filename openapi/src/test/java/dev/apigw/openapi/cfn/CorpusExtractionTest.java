package dev.apigw.openapi.cfn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.apigw.model.diag.Diagnostic;
import dev.apigw.openapi.source.SourceDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestReporter;

/**
 * Every template of the shared corpus (real SAM/CloudFormation files) yields an OpenAPI body for each of its APIs,
 * without errors. Skipped when the corpus is not checked out next to the repository.
 */
class CorpusExtractionTest {

    @TestFactory
    Stream<DynamicTest> every_corpus_template_extracts_a_body(TestReporter reporter) throws IOException {
        Optional<Path> corpus = CfnFixtures.corpus();
        assumeTrue(corpus.isPresent(), "shared/corpus/cloudformation is not present");
        List<Path> templates;
        try (Stream<Path> files = Files.list(corpus.get())) {
            templates = files.filter(Files::isRegularFile).sorted().toList();
        }
        assertThat(templates).isNotEmpty();
        return templates.stream().map(template -> DynamicTest.dynamicTest(template.getFileName().toString(),
                () -> extractAll(template, reporter)));
    }

    private static void extractAll(Path template, TestReporter reporter) {
        CloudFormationExtractor extractor = new CloudFormationExtractor(Map.of());
        List<String> ids = extractor.apiResourceIds(SourceDocument.read(template));
        assertThat(ids).as("APIs with a definition in %s", template.getFileName()).isNotEmpty();
        for (String id : ids) {
            ExtractedApi api = extractor.extract(template, Optional.of(id));
            assertThat(api.body().has("paths")).as("%s %s has paths", template.getFileName(), id).isTrue();
            assertThat(api.body().has("openapi") || api.body().has("swagger"))
                    .as("%s %s has openapi or swagger", template.getFileName(), id).isTrue();
            assertThat(api.diagnostics()).noneMatch(Diagnostic::isError);
            reporter.publishEntry(template.getFileName() + " " + id, api.diagnostics().isEmpty()
                    ? "resolved cleanly"
                    : String.join(" | ", api.diagnostics().stream().map(Diagnostic::oneLine).toList()));
        }
    }
}
