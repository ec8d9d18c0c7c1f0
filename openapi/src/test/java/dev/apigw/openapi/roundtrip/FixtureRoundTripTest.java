package dev.apigw.openapi.roundtrip;

import dev.apigw.model.api.ApiDefinition;
import dev.apigw.openapi.read.Fixtures;
import dev.apigw.openapi.read.ImportOptions;
import dev.apigw.openapi.read.OpenApiImporter;
import dev.apigw.openapi.source.SourceDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The project's own fixtures round-trip losslessly, whether or not the shared corpus is present. */
class FixtureRoundTripTest {
    @ParameterizedTest
    @ValueSource(strings = {"all-extensions.oas30.yaml", "http-api.oas30.yaml", "petstore.swagger2.json",
            "unknown-extensions.yaml", "intrinsics.yaml"})
    void roundTripsLosslessly(String fixture) {
        SourceDocument source = Fixtures.source(fixture);
        ApiDefinition api = new OpenApiImporter().importDocument(source, ImportOptions.defaults()).api();
        CorpusRoundTripTest.assertRoundTrip(source, api);
    }
}
