package dev.apigw.cli.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.model.diag.Diagnostic;
import dev.apigw.model.validation.Rules;
import dev.apigw.model.validation.Validator;
import dev.apigw.openapi.read.ImportOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Never cry wolf: every document of {@code ../shared/corpus} (most of it imported into real AWS by the projects it
 * comes from) validates without error-level findings, except the real mistakes listed here, each with why it is
 * one. A new error on the corpus fails this test until the rule is fixed or the mistake is justified below.
 */
@EnabledIf("hasCorpus")
class CorpusValidationTest {

    /** file → "RULE@line" of each error finding that is a genuine mistake in that file. */
    private static final Map<String, Set<String>> KNOWN_MISTAKES = Map.of(
            // $input.params(\"data\") inside a YAML folded scalar keeps the backslashes: `\"` in a method call is
            // a Velocity lexical error. AWS parses templates per call, so the import works and every call gets 500.
            "localstack__api_definition.yaml", Set.of("APIGW401@23", "APIGW401@25"),
            // GET / has no x-amazon-apigateway-integration: the import (all LocalStack's test does) succeeds, but
            // CreateDeployment fails with "No integration defined for method".
            "localstack__oas30_documentation_parts.json", Set.of("APIGW301@10"),
            // An aws_proxy Lambda integration with httpMethod GET (sam local ignores it); Lambda is only invoked with
            // POST, so on AWS every call fails with a configuration error.
            "sam-cli__swagger-api.yaml", Set.of("APIGW303@54"));

    static boolean hasCorpus() {
        return corpus("openapi").isPresent();
    }

    static Optional<Path> corpus(String sub) {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared").resolve("corpus").resolve(sub);
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    static Stream<Path> documents() throws IOException {
        Stream<Path> all = Stream.empty();
        for (String sub : List.of("openapi", "cloudformation")) {
            Optional<Path> dir = corpus(sub);
            if (dir.isPresent()) {
                try (Stream<Path> files = Files.list(dir.get())) {
                    all = Stream.concat(all, files.filter(f -> f.toString().matches(".*\\.(json|ya?ml)$"))
                            // a data file kept for a LocalStack test, not an API (see INDEX.md)
                            .filter(f -> !f.getFileName().toString().equals("localstack__pets.json"))
                            .sorted().toList().stream());
                }
            }
        }
        return all;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void no_error_findings_beyond_the_known_mistakes(Path file) {
        List<Diagnostic> found = new ValidationRun(new InputLoader(ImportOptions.defaults()), Rules.all(), Set.of(),
                new VtlTemplateSyntax()).run(List.of(file)).diagnostics();
        Map<String, String> errors = new TreeMap<>();
        found.stream().filter(Diagnostic::isError).forEach(d -> errors.put(d.ruleId() + "@" + d.location().line(),
                d.oneLine()));
        assertThat(errors.keySet()).as(String.join("\n", errors.values()))
                .isEqualTo(new java.util.TreeSet<>(KNOWN_MISTAKES.getOrDefault(file.getFileName().toString(), Set.of())));
        assertThat(found).noneMatch(d -> d.ruleId().equals(Validator.INTERNAL_ERROR));
    }
}
