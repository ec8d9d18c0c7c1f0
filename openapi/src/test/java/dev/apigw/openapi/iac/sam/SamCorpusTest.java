package dev.apigw.openapi.iac.sam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.apigw.model.api.ApiDefinition;
import dev.apigw.model.diag.Diagnostic;
import dev.apigw.openapi.iac.CloudFormationTemplate;
import dev.apigw.openapi.iac.TemplateApi;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestReporter;

/**
 * Every SAM template of the shared corpus (one with an AWS::Serverless::Api/HttpApi, or Api/HttpApi events) gives
 * at least one API, each with at least one route once imported, and no errors. Skipped when the corpus is not
 * checked out next to the repository; the diagnostics of each template are published as report entries.
 */
class SamCorpusTest {

    @TestFactory
    Stream<DynamicTest> every_sam_template_of_the_corpus_gives_apis_with_routes(TestReporter reporter)
            throws IOException {
        Optional<Path> corpus = SamFixtures.corpus();
        assumeTrue(corpus.isPresent(), "shared/corpus/cloudformation is not present");
        List<Path> templates;
        try (Stream<Path> files = Files.list(corpus.get())) {
            templates = files.filter(Files::isRegularFile).filter(f -> f.toString().matches(".*\\.(ya?ml|json)$"))
                    .sorted().toList();
        }
        List<Path> sam = templates.stream().filter(SamCorpusTest::definesSamApis).toList();
        assumeTrue(!sam.isEmpty(), "the corpus holds no SAM template with APIs");
        return sam.stream().map(t -> DynamicTest.dynamicTest(t.getFileName().toString(), () -> check(t, reporter)));
    }

    /** SAM APIs: a Serverless::Api/HttpApi resource, or a function event that creates or feeds one. */
    private static boolean definesSamApis(Path file) {
        CloudFormationTemplate template = CloudFormationTemplate.read(file, Map.of());
        if (!template.isSam()) {
            return false;
        }
        if (!template.resourcesOfType(EventRoutes.SAM_REST).isEmpty()
                || !template.resourcesOfType(EventRoutes.SAM_HTTP).isEmpty()) {
            return true;
        }
        for (String function : template.resourcesOfType("AWS::Serverless::Function")) {
            for (var event : template.resource(function).path("Properties").path("Events")) {
                String type = event.path("Type").asText("");
                if (type.equals("Api") || type.equals("HttpApi")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void check(Path file, TestReporter reporter) {
        CloudFormationTemplate template = CloudFormationTemplate.read(file, Map.of());
        List<TemplateApi> apis = new SamApis().read(template);
        assertThat(apis).as("APIs of %s", file.getFileName()).isNotEmpty();
        List<Diagnostic> all = new ArrayList<>(template.diagnostics().list());
        for (TemplateApi api : apis) {
            all.addAll(api.diagnostics());
            ApiDefinition model = SamFixtures.model(api);
            assertThat(model.resources().stream().mapToInt(r -> r.methods().size()).sum())
                    .as("routes of %s in %s", api.logicalId(), file.getFileName()).isPositive();
        }
        reporter.publishEntry(file.getFileName().toString(), apis.stream().map(TemplateApi::logicalId).toList()
                + (all.isEmpty() ? " read cleanly" : " | " + String.join(" | ", all.stream()
                .map(Diagnostic::oneLine).toList())));
        assertThat(all).as("diagnostics of %s", file.getFileName()).noneMatch(Diagnostic::isError);
    }
}
