package dev.apigw.openapi.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apigw.model.api.ApiDefinition;
import dev.apigw.model.diag.Diagnostic;
import dev.apigw.openapi.project.ModelCodec;
import dev.apigw.openapi.read.ImportOptions;
import dev.apigw.openapi.read.OpenApiImporter;
import dev.apigw.openapi.source.SourceDocument;
import dev.apigw.openapi.write.ExportOptions;
import dev.apigw.openapi.write.OpenApiExporter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Import → export → import over every real-world document in {@code ../shared/corpus/openapi}: the exported
 * document is semantically equal to the input and re-importing it gives an equal model, also through the model file.
 */
@EnabledIf("dev.apigw.openapi.roundtrip.Corpus#hasOpenApi")
class CorpusRoundTripTest {
    private final OpenApiImporter importer = new OpenApiImporter();
    private final OpenApiExporter exporter = new OpenApiExporter();

    static Stream<Path> corpus() throws IOException {
        return Corpus.openApiFiles().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void roundTripsLosslessly(Path file) {
        SourceDocument source = SourceDocument.read(file);
        ApiDefinition api = importer.importDocument(source, ImportOptions.defaults()).api();
        assertRoundTrip(source, api);
    }

    static void assertRoundTrip(SourceDocument source, ApiDefinition api) {
        OpenApiImporter importer = new OpenApiImporter();
        boolean swagger = api.specVersion().startsWith("2");
        ExportOptions options = new ExportOptions(swagger ? ExportOptions.SpecType.SWAGGER
                : ExportOptions.SpecType.OAS30, ExportOptions.Format.JSON, Set.of(ExportOptions.ExtensionGroup.APIGATEWAY),
                Optional.empty());
        String exported = new OpenApiExporter().export(api, options, Optional.empty());
        SourceDocument again = SourceDocument.parse("exported.json", exported);
        List<String> differences = SemanticEquality.differences(source.root(), again.root());
        assertThat(differences).as("exported document differs from %s", source.file()).isEmpty();
        ApiDefinition reimported = importer.importDocument(again, ImportOptions.defaults()).api();
        assertThat(reimported).isEqualTo(api);
        ModelCodec codec = new ModelCodec();
        JsonNode modelTree = SourceDocument.parse("api.yaml", codec.write(api, true)).root();
        assertThat(codec.read("api.yaml", modelTree)).isEqualTo(api);
    }

    static boolean noErrors(List<Diagnostic> diagnostics) {
        return diagnostics.stream().noneMatch(Diagnostic::isError);
    }
}
