package dev.apigw.openapi.cfn;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** This package's fixtures under src/test/resources/cfn, and the shared corpus when it is checked out. */
final class CfnFixtures {

    private CfnFixtures() {
    }

    static Path cfn(String name) {
        try {
            return Path.of(CfnFixtures.class.getResource("/cfn/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing fixture " + name, e);
        }
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
