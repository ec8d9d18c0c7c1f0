package dev.apigw.cli.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.model.validation.RuleCatalogue;
import dev.apigw.model.validation.Rules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The rule catalogue of {@code docs/commands.md} is the generated one ({@code apigw validate --list-rules}), so it
 * cannot drift from the rules. It sits between {@code <!-- rules:start -->} and {@code <!-- rules:end -->}.
 */
class ReadmeCatalogueTest {
    static final String START = "<!-- rules:start -->\n";
    static final String END = "<!-- rules:end -->";

    @Test
    void readme_catalogue_matches_the_rules() throws IOException {
        Path commands = Path.of("../docs/commands.md");
        assertThat(commands).as("the commands page beside the module").isRegularFile();
        String text = Files.readString(commands);
        int start = text.indexOf(START);
        int end = text.indexOf(END);
        assertThat(start).as("docs/commands.md has the rules:start/rules:end markers").isGreaterThanOrEqualTo(0);
        assertThat(end).isGreaterThan(start);
        assertThat(text.substring(start + START.length(), end))
                .as("regenerate with: apigw validate --list-rules")
                .isEqualTo(RuleCatalogue.markdown(Rules.all()));
    }
}
