package dev.apigw.openapi.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.model.api.Resource;
import dev.apigw.openapi.read.ImportOptions.BasePathMode;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** AWS's basepath import option on a Swagger basePath of /prod/api and an OpenAPI server variable of /v1. */
class BasePathTest {
    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({
        "petstore.swagger2.json, IGNORE, /pets",
        "petstore.swagger2.json, PREPEND, /prod/api/pets",
        "petstore.swagger2.json, SPLIT, /api/pets",
        "all-extensions.oas30.yaml, IGNORE, /pets",
        "all-extensions.oas30.yaml, PREPEND, /v1/pets",
        "all-extensions.oas30.yaml, SPLIT, /pets"
    })
    void appliesBasePathMode(String fixture, BasePathMode mode, String firstPath) {
        ImportOptions options = new ImportOptions(mode, false, Optional.empty(), Map.of());
        assertThat(Fixtures.importResult(fixture, options).api().resources()).extracting(Resource::path)
                .first().isEqualTo(firstPath);
    }
}
