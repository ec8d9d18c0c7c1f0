package dev.apigw.openapi.iac.resources;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.model.api.ApiDefinition;
import dev.apigw.model.diag.Diagnostic;
import dev.apigw.openapi.iac.CloudFormationTemplate;
import dev.apigw.openapi.iac.TemplateApi;
import dev.apigw.openapi.roundtrip.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every template of {@code ../shared/corpus/cloudformation} that declares an {@code AWS::ApiGateway::RestApi} gives
 * at least one API with at least one route, without errors, and the definition imports. Skipped when the corpus is
 * not there (it is never copied into the project).
 */
class RestApiResourcesCorpusTest {

    @TestFactory
    Stream<DynamicTest> every_corpus_template_with_a_rest_api_reads_without_errors() throws IOException {
        Optional<Path> dir = Corpus.dir("cloudformation");
        Assumptions.assumeTrue(dir.isPresent(), "no shared/corpus/cloudformation beside the project");
        List<Path> templates;
        try (Stream<Path> files = Files.list(dir.get())) {
            templates = files.filter(f -> f.toString().matches(".*\\.(json|ya?ml)$")).sorted()
                    .filter(RestApiResourcesCorpusTest::declaresRestApi).toList();
        }
        Assumptions.assumeFalse(templates.isEmpty(), "no corpus template declares an AWS::ApiGateway::RestApi");
        return templates.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
    }

    private static boolean declaresRestApi(Path file) {
        try {
            return Files.readString(file).contains("AWS::ApiGateway::RestApi");
        } catch (IOException e) {
            return false;
        }
    }

    private static void check(Path file) {
        CloudFormationTemplate template = CloudFormationTemplate.read(file, Map.of());
        List<TemplateApi> apis = new RestApiResources().read(template);
        assertThat(apis).isNotEmpty();
        for (TemplateApi api : apis) {
            assertThat(api.diagnostics()).as(api.logicalId()).noneMatch(Diagnostic::isError);
            ApiDefinition model = RestApiResourcesFixtures.model(api);
            assertThat(model.resources().stream().mapToInt(r -> r.methods().size()).sum()).as(api.logicalId())
                    .isPositive();
        }
    }
}
