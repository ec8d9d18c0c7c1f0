package dev.apigw.openapi.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.model.api.Method;
import dev.apigw.model.api.Resource;
import dev.apigw.openapi.read.ImportOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every template of {@code ../shared/corpus/cloudformation} loads as {@code apigw serve} loads it, and each API has
 * the routes listed in {@code corpus/cloudformation-routes.txt} ({@code file | logicalId | METHOD /path, ...}).
 * Skipped when the corpus is not there.
 */
class CorpusTemplatesLoadTest {
    private static final Path CORPUS = Path.of("..", "..", "shared", "corpus", "cloudformation");

    static Stream<Arguments> expected() throws IOException {
        try (InputStream in = CorpusTemplatesLoadTest.class.getResourceAsStream("/corpus/cloudformation-routes.txt")) {
            List<Arguments> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\|");
                out.add(Arguments.of(parts[0].trim(), parts[1].trim(), List.of(parts[2].trim().split(",\\s*"))));
            }
            return out.stream();
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("expected")
    void templateLoadsWithTheRoutesOfEachApi(String file, String logicalId, List<String> routes) {
        Path template = CORPUS.resolve(file);
        Assumptions.assumeTrue(Files.isRegularFile(template), "corpus not present: " + template);
        LoadedApp app = new ProjectLoader().loadAll(template, ImportOptions.defaults());
        LoadedProject api = app.choose(java.util.Optional.of(logicalId));
        List<String> actual = new ArrayList<>();
        for (Resource resource : api.project().api().resources()) {
            for (Method method : resource.methods()) {
                actual.add(method.httpMethod() + " " + resource.path());
            }
        }
        assertThat(actual).containsExactlyInAnyOrderElementsOf(routes);
    }
}
