package dev.apigw.cli.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.cli.CliRun;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One run of validate reports every mistake of a definition, each once, even when one of them fails the import. */
class EveryProblemInOneRunTest {
    private static final String FILE = "src/test/resources/validate/many-mistakes.yaml";

    @Test
    void anImportErrorDoesNotHideTheModelRulesFindings() {
        CliRun run = CliRun.of("validate", FILE);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out() + run.err()).contains("[APIGW-IMPORT-003] unknown passthroughBehavior 'sometimes'")
                .contains("[APIGW001]").contains("[APIGW003]").contains("[APIGW303]").contains("[APIGW004]")
                .contains("[APIGW101]");
    }

    @Test
    void oneMistakeIsOneDiagnostic() {
        CliRun run = CliRun.of("validate", FILE);
        List<String> lines = (run.out() + run.err()).lines().filter(l -> l.contains(": error [")
                || l.contains(": warning [")).toList();
        assertThat(lines).hasSizeGreaterThanOrEqualTo(8).noneMatch(l -> l.contains("[APIGW-IMPORT-006]"));
        assertThat(lines).doesNotHaveDuplicates();
    }
}
