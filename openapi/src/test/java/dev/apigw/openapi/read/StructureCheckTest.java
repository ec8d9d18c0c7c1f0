package dev.apigw.openapi.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.openapi.source.SourceDocument;
import org.junit.jupiter.api.Test;

/** swagger-parser's structural findings become located warnings. */
class StructureCheckTest {
    @Test
    void reportsMissingResponsesAtTheOperation() {
        String doc = "openapi: 3.0.1\ninfo: {title: t, version: '1'}\npaths:\n  /pets:\n    get:\n"
                + "      x-amazon-apigateway-integration: {type: mock}\n";
        ImportResult result = new OpenApiImporter().importDocument(SourceDocument.parse("s.yaml", doc),
                ImportOptions.defaults());
        assertThat(result.diagnostics()).filteredOn(d -> d.ruleId().equals(RuleIds.OPENAPI_STRUCTURE))
                .anySatisfy(d -> {
                    assertThat(d.message()).contains("responses");
                    assertThat(d.location().line()).isEqualTo(5);
                });
    }

    @Test
    void aValidDocumentHasNoStructureFindings() {
        assertThat(Fixtures.importResult("petstore.swagger2.json", ImportOptions.defaults()).diagnostics())
                .noneMatch(d -> d.ruleId().equals(RuleIds.OPENAPI_STRUCTURE));
    }
}
