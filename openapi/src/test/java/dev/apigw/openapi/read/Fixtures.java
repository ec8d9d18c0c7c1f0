package dev.apigw.openapi.read;

import dev.apigw.model.api.ApiDefinition;
import dev.apigw.openapi.source.SourceDocument;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** Test fixtures under {@code src/test/resources/fixtures}. */
public final class Fixtures {
    private Fixtures() {
    }

    public static Path path(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/fixtures/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no fixture " + name, e);
        }
    }

    public static SourceDocument source(String name) {
        return SourceDocument.read(path(name));
    }

    public static ImportResult importResult(String name, ImportOptions options) {
        return new OpenApiImporter().importDocument(source(name), options);
    }

    public static ApiDefinition api(String name) {
        return importResult(name, ImportOptions.defaults()).api();
    }
}
