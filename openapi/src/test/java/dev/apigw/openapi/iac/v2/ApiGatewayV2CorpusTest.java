package dev.apigw.openapi.iac.v2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.model.diag.Diagnostic;
import dev.apigw.openapi.iac.CloudFormationTemplate;
import dev.apigw.openapi.iac.TemplateApi;
import dev.apigw.openapi.read.ImportOptions;
import dev.apigw.openapi.read.OpenApiImporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every template of the shared corpus ({@code shared/corpus/cloudformation}) with an {@code AWS::ApiGatewayV2::Api}
 * yields its APIs, each with a route and without errors, and the importer takes each HTTP API's document. Skipped
 * when the corpus is not checked out.
 */
class ApiGatewayV2CorpusTest {

    static Stream<Path> templates() throws IOException {
        Optional<Path> dir = V2Fixtures.corpus();
        if (dir.isEmpty()) {
            return Stream.of(Path.of("(no corpus)"));
        }
        try (Stream<Path> files = Files.list(dir.get())) {
            List<Path> withV2 = files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")
                    || f.toString().endsWith(".json")).sorted().filter(ApiGatewayV2CorpusTest::hasV2Api).toList();
            return withV2.isEmpty() ? Stream.of(Path.of("(no V2 API in the corpus)")) : withV2.stream();
        }
    }

    private static boolean hasV2Api(Path file) {
        try {
            return !CloudFormationTemplate.read(file, Map.of()).resourcesOfType(V2Types.API).isEmpty();
        } catch (RuntimeException e) {
            return false; // not a template this reader is about; the extractor's corpus test covers parsing
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void eachApiHasARouteAndNoErrors(Path file) {
        Assumptions.assumeTrue(Files.isRegularFile(file), "the shared corpus is not here: " + file);
        CloudFormationTemplate template = CloudFormationTemplate.read(file, Map.of());
        List<TemplateApi> apis = new ApiGatewayV2Resources().read(template);
        assertThat(apis).isNotEmpty();
        for (TemplateApi api : apis) {
            assertThat(api.diagnostics()).as(api.logicalId()).noneMatch(Diagnostic::isError);
            if (api.definition().isPresent()) {
                var imported = new OpenApiImporter().importDocument(template.source(), api.definition().get(),
                        api.pointer(), ImportOptions.defaults().withType(Optional.of(api.type())));
                assertThat(imported.api().resources()).as(api.logicalId())
                        .anySatisfy(r -> assertThat(r.methods()).isNotEmpty());
            } else {
                assertThat(api.config().webSocket().orElseThrow().routes()).as(api.logicalId()).isNotEmpty();
            }
        }
        assertThat(template.diagnostics().list()).noneMatch(Diagnostic::isError);
    }
}
