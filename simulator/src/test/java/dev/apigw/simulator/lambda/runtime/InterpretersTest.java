package dev.apigw.simulator.lambda.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apigw.model.project.LambdaRuntimeName;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which interpreter a runtime gets on a machine, given which commands run there. */
class InterpretersTest {
    private final List<String> warnings = new ArrayList<>();

    private Interpreters on(Map<String, String> working) {
        return new Interpreters(warnings::add, command -> Optional.ofNullable(working.get(command.get(0))));
    }

    private static LambdaRuntimeName runtime(String name) {
        return LambdaRuntimeName.parse(name).orElseThrow();
    }

    @Test
    void exactPythonVersionIsUsedWhenItRuns() {
        var found = on(Map.of("python3.12", "3.12", "python3", "3.11")).find("GetPet", runtime("python3.12"));
        assertThat(found.command()).containsExactly("python3.12");
        assertThat(warnings).isEmpty();
    }

    @Test
    void otherwisePython3IsUsedWithOneWarningNamingTheVersion() {
        Interpreters interpreters = on(Map.of("python3", "3.11"));
        interpreters.find("GetPet", runtime("python3.12"));
        var found = interpreters.find("GetPet", runtime("python3.12"));
        assertThat(found.command()).containsExactly("python3");
        assertThat(warnings).containsExactly("function GetPet: runtime python3.12 wants python3.12, which does not "
                + "run here; using python3 (Python 3.11)");
    }

    @Test
    void missingPythonIsAStartErrorNamingTheFunctionAndWhatToInstall() {
        assertThatThrownBy(() -> on(Map.of()).find("GetPet", runtime("python3.12")))
                .isInstanceOf(RuntimeStartException.class)
                .hasMessageContaining("function GetPet").hasMessageContaining("install Python 3.12");
    }

    @Test
    void missingNodeIsAStartErrorAndAnotherMajorVersionIsWarnedAbout() {
        assertThatThrownBy(() -> on(Map.of()).find("Api", runtime("nodejs22.x")))
                .isInstanceOf(RuntimeStartException.class)
                .hasMessageContaining("function Api").hasMessageContaining("install Node.js 22");
        assertThat(on(Map.of("node", "v20.20.2")).find("Api", runtime("nodejs22.x")).command())
                .containsExactly("node");
        assertThat(warnings).containsExactly("function Api: runtime nodejs22.x wants Node.js 22; using node 20.20.2");
    }

    @Test
    void unknownRuntimeNamesAreNotRuntimes() {
        assertThat(LambdaRuntimeName.parse("python2.7")).isEmpty();
        assertThat(LambdaRuntimeName.parse("nodejs20")).isEmpty();
        assertThat(LambdaRuntimeName.parse("java17").orElseThrow().family()).isEqualTo(LambdaRuntimeName.Family.JAVA);
        assertThat(LambdaRuntimeName.parse("provided.al2023").orElseThrow().family())
                .isEqualTo(LambdaRuntimeName.Family.PROVIDED);
    }
}
