package dev.apigw.openapi.iac.resources;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apigw.model.api.ApiDefinition;
import dev.apigw.model.diag.Diagnostic;
import dev.apigw.openapi.iac.CloudFormationTemplate;
import dev.apigw.openapi.iac.TemplateApi;
import dev.apigw.openapi.json.Json;
import dev.apigw.openapi.read.ImportOptions;
import dev.apigw.openapi.read.ImportResult;
import dev.apigw.openapi.read.OpenApiImporter;
import dev.apigw.openapi.source.SourceDocument;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Reads the fixtures under {@code iac/resources/} and imports what the reader gives. */
final class RestApiResourcesFixtures {
    private RestApiResourcesFixtures() {
    }

    static Path path(String name) {
        try {
            return Path.of(RestApiResourcesFixtures.class.getResource("/iac/resources/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("no fixture iac/resources/" + name, e);
        }
    }

    static CloudFormationTemplate template(String name) {
        return CloudFormationTemplate.read(path(name), Map.of());
    }

    /** A template written inline (YAML), for the problem cases. */
    static CloudFormationTemplate inline(String yaml) {
        return CloudFormationTemplate.of(Path.of("inline.yaml"), SourceDocument.parse("inline.yaml", yaml), Map.of());
    }

    static List<TemplateApi> read(CloudFormationTemplate template) {
        return new RestApiResources().read(template);
    }

    /** The only API of a fixture. */
    static TemplateApi only(String name) {
        List<TemplateApi> apis = read(template(name));
        assertThat(apis).hasSize(1);
        return apis.get(0);
    }

    static JsonNode definition(TemplateApi api) {
        assertThat(api.definition()).isPresent();
        return api.definition().get();
    }

    /** Imports the definition as {@code apigw} imports an OpenAPI file; import errors fail the test. */
    static ImportResult imported(TemplateApi api) {
        String text = Json.write(Json.JSON, definition(api));
        return new OpenApiImporter().importDocument(SourceDocument.parse(api.logicalId() + ".json", text),
                ImportOptions.defaults());
    }

    static ApiDefinition model(TemplateApi api) {
        return imported(api).api();
    }

    static List<Diagnostic> errors(TemplateApi api) {
        return api.diagnostics().stream().filter(Diagnostic::isError).toList();
    }

    static List<String> messages(TemplateApi api) {
        return api.diagnostics().stream().map(Diagnostic::oneLine).toList();
    }
}
