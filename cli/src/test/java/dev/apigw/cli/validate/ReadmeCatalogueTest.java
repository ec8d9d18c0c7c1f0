package dev.apigw.cli.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.model.validation.RuleCatalogue;
import dev.apigw.model.validation.Rules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The README's rule catalogue is the generated one ({@code apigw validate --list-rules}), so it cannot drift from
 * the rules. It sits between {@code <!-- rules:start -->} and {@code <!-- rules:end -->}; until the README has
 * those markers the test is skipped.
 */
class ReadmeCatalogueTest {
    static final String START = "<!-- rules:start -->\n";
    static final String END = "<!-- rules:end -->";

    @Test
    void readme_catalogue_matches_the_rules() throws IOException {
        Path readme = Path.of("../README.md");
        Assumptions.assumeTrue(Files.isRegularFile(readme), "no README beside the module");
        String text = Files.readString(readme);
        int start = text.indexOf(START);
        int end = text.indexOf(END);
        Assumptions.assumeTrue(start >= 0 && end > start, "README has no rules:start/rules:end markers yet");
        assertThat(text.substring(start + START.length(), end))
                .as("regenerate with: apigw validate --list-rules")
                .isEqualTo(RuleCatalogue.markdown(Rules.all()));
    }
}
