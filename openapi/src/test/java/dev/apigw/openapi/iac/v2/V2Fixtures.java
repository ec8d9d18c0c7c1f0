package dev.apigw.openapi.iac.v2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.model.api.ApiDefinition;
import dev.apigw.model.diag.Diagnostic;
import dev.apigw.model.diag.Severity;
import dev.apigw.openapi.iac.CloudFormationTemplate;
import dev.apigw.openapi.iac.TemplateApi;
import dev.apigw.openapi.read.ImportOptions;
import dev.apigw.openapi.read.ImportResult;
import dev.apigw.openapi.read.OpenApiImporter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The fixtures under src/test/resources/iac/v2, read through the V2 reader, and what the importer makes of them. */
final class V2Fixtures {
    private V2Fixtures() {
    }

    static Path path(String name) {
        try {
            return Path.of(V2Fixtures.class.getResource("/iac/v2/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing fixture " + name, e);
        }
    }

    static CloudFormationTemplate template(String name) {
        return CloudFormationTemplate.read(path(name), Map.of());
    }

    static List<TemplateApi> read(CloudFormationTemplate template) {
        return new ApiGatewayV2Resources().read(template);
    }

    static TemplateApi api(List<TemplateApi> apis, String logicalId) {
        return apis.stream().filter(a -> a.logicalId().equals(logicalId)).findFirst()
                .orElseThrow(() -> new AssertionError("no API " + logicalId + " in " + apis.stream()
                        .map(TemplateApi::logicalId).toList()));
    }

    /** The HTTP API's document through the OpenAPI importer, which must take it without errors. */
    static ApiDefinition imported(CloudFormationTemplate template, TemplateApi api) {
        ImportResult result = new OpenApiImporter().importDocument(template.source(), api.definition().orElseThrow(),
                api.pointer(), ImportOptions.defaults());
        assertThat(result.diagnostics()).noneMatch(Diagnostic::isError);
        return result.api();
    }

    static List<Diagnostic> ofSeverity(TemplateApi api, Severity severity) {
        return api.diagnostics().stream().filter(d -> d.severity() == severity).toList();
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
