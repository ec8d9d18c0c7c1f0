package dev.apigw.openapi.source;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Paths of this package's test fixtures under src/test/resources/source. */
final class Fixtures {

    private Fixtures() {
    }

    static Path source(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/source/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing fixture " + name, e);
        }
    }
}
