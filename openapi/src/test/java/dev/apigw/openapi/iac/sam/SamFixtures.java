package dev.apigw.openapi.iac.sam;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apigw.model.api.ApiDefinition;
import dev.apigw.model.api.ApiType;
import dev.apigw.openapi.iac.CloudFormationTemplate;
import dev.apigw.openapi.iac.TemplateApi;
import dev.apigw.openapi.read.ImportOptions;
import dev.apigw.openapi.read.ImportResult;
import dev.apigw.openapi.read.OpenApiImporter;
import dev.apigw.openapi.source.SourceDocument;
import dev.apigw.openapi.source.SourceFormat;
import dev.apigw.openapi.source.SourceMap;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Fixtures under src/test/resources/iac/sam, the reader run on them, and the importer run on what it produced. */
final class SamFixtures {

    private SamFixtures() {
    }

    static Path path(String name) {
        try {
            return Path.of(SamFixtures.class.getResource("/iac/sam/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing fixture " + name, e);
        }
    }

    static CloudFormationTemplate template(String name) {
        return CloudFormationTemplate.read(path(name), Map.of());
    }

    static List<TemplateApi> read(String name) {
        return new SamApis().read(template(name));
    }

    static TemplateApi api(List<TemplateApi> apis, String logicalId) {
        return apis.stream().filter(a -> a.logicalId().equals(logicalId)).findFirst()
                .orElseThrow(() -> new AssertionError("no API " + logicalId + " in " + apis.stream()
                        .map(TemplateApi::logicalId).toList()));
    }

    static JsonNode definition(TemplateApi api) {
        return api.definition().orElseThrow(() -> new AssertionError(api.logicalId() + " has no definition: "
                + api.diagnostics()));
    }

    /** What {@code apigw serve} would make of the definition: the importer's result, which must not fail. */
    static ImportResult imported(TemplateApi api) {
        SourceDocument doc = new SourceDocument(api.logicalId() + ".json", SourceFormat.JSON, definition(api),
                SourceMap.empty());
        ApiType type = api.type();
        return new OpenApiImporter().importDocument(doc, ImportOptions.defaults().withType(Optional.of(type)));
    }

    static ApiDefinition model(TemplateApi api) {
        return imported(api).api();
    }

    /** {@code shared/corpus/cloudformation} beside one of the working directory's ancestors, if present. */
    static Optional<Path> corpus() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("corpus").resolve("cloudformation");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
