package dev.apigw.cli.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManPagesTest {

    @Test
    void writesOnePagePerCommandIncludingNestedOnes(@TempDir Path dir) {
        List<Path> pages = ManPages.write(dir);
        assertThat(pages).extracting(p -> p.getFileName().toString())
                .contains("apigw.1", "apigw-diff.1", "apigw-init.1", "apigw-completion.1", "apigw-validate.1",
                        "apigw-import-openapi.1", "apigw-token-mint.1")
                .doesNotContain("apigw-help.1");
        assertThat(pages).allMatch(Files::exists);
    }

    @Test
    void aPageHasTheManSectionsAndEscapedHyphens(@TempDir Path dir) throws Exception {
        ManPages.write(dir);
        String page = Files.readString(dir.resolve("apigw-diff.1"));
        assertThat(page).startsWith(".TH \"APIGW-DIFF\" \"1\"")
                .contains(".SH NAME\napigw\\-diff \\- Compare two versions of an API and report breaking changes\n")
                .contains(".SH SYNOPSIS", ".SH ARGUMENTS", ".SH OPTIONS", ".SH EXIT STATUS", ".SH SEE ALSO")
                .contains("\\fB\\-\\-fail\\-on\\fR \\fIWHAT\\fR")
                .contains(".TP\n\\fB3\\fR\nOLD or NEW is missing");
    }

    @Test
    void linesStartingWithADotAreMadeLiteral() {
        assertThat(ManPages.escape(".hidden\n'quote\nC:\\path")).isEqualTo("\\&.hidden\n\\&'quote\nC:\\epath");
    }
}
