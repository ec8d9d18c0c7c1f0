package dev.apigw.openapi.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apigw.model.diag.ApigwException;
import dev.apigw.model.diag.Diagnostic;
import dev.apigw.model.project.FunctionBinding;
import dev.apigw.model.project.FunctionRuntime;
import dev.apigw.model.project.ProjectConfig;
import dev.apigw.openapi.source.SourceDocument;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** apigw.yaml's {@code functions} entries that name a Lambda runtime. */
class ProjectConfigFunctionsTest {

    private static ProjectConfig read(String yaml) {
        return ProjectConfigReader.read(SourceDocument.parse("apigw.yaml", yaml));
    }

    private static List<Diagnostic> problems(String yaml) {
        try {
            read(yaml);
        } catch (ApigwException e) {
            return e.diagnostics();
        }
        throw new AssertionError("no problem reported for:\n" + yaml);
    }

    @Test
    void readsEveryRuntimeField() {
        FunctionBinding f = read("""
                functions:
                  GetPet:
                    runtime: python3.12
                    handler: app.lambda_handler
                    codeUri: src/
                    timeout: 10
                    memorySize: 256
                    environment: { TABLE: pets }
                    reservedConcurrency: 2
                    layers: [layers/common/]
                """).functions().get("GetPet");
        assertThat(f.handler()).contains("app.lambda_handler");
        assertThat(f.timeoutSeconds()).contains(10);
        assertThat(f.environment()).containsEntry("TABLE", "pets");
        assertThat(f.runtime()).contains(new FunctionRuntime("python3.12", "src/", 256, Optional.of(2),
                List.of("layers/common/")));
    }

    @Test
    void lambdasDefaultsApplyWhenLeftOut() {
        FunctionBinding f = read("functions:\n  Hello: { runtime: nodejs20.x, handler: index.handler }\n")
                .functions().get("Hello");
        assertThat(f.timeoutSeconds()).contains(3);
        assertThat(f.runtime().orElseThrow().memorySize()).isEqualTo(128);
        assertThat(f.runtime().orElseThrow().codeUri()).isEqualTo(".");
        assertThat(f.runtime().orElseThrow().reservedConcurrency()).isEmpty();
    }

    @Test
    void aCustomRuntimeNeedsNoHandler() {
        assertThat(read("functions:\n  Go: { runtime: provided.al2023, codeUri: bin }\n").functions().get("Go")
                .runtime()).isPresent();
    }

    @Test
    void olderFormsKeepNoDefaultTimeout() {
        assertThat(read("functions:\n  Cmd: { command: [node, fn.js] }\n").functions().get("Cmd").timeoutSeconds())
                .isEmpty();
    }

    @Test
    void unknownRuntimeIsAnErrorAtItsLineListingTheKnownOnes() {
        List<Diagnostic> problems = problems("functions:\n  Old:\n    runtime: python2.7\n    handler: a.b\n");
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).message()).contains("unknown Lambda runtime 'python2.7'");
        assertThat(problems.get(0).location().line()).isEqualTo(3);
    }

    @Test
    void outOfRangeValuesAndAMissingHandlerAreErrors() {
        List<Diagnostic> problems = problems("""
                functions:
                  F:
                    runtime: nodejs20.x
                    timeout: 901
                    memorySize: 64
                    reservedConcurrency: 0
                """);
        assertThat(problems).extracting(Diagnostic::message).anyMatch(m -> m.contains("from 1 to 900"))
                .anyMatch(m -> m.contains("from 128 to 10240 MB")).anyMatch(m -> m.contains("reservedConcurrency"))
                .anyMatch(m -> m.contains("but no handler"));
    }

    @Test
    void runtimeKeysWithoutARuntimeAndUnknownKeysAreErrors() {
        List<Diagnostic> problems = problems("functions:\n  F: { command: [node, f.js], codeUri: src, memory: 1 }\n");
        assertThat(problems).extracting(Diagnostic::message).anyMatch(m -> m.contains("'codeUri' needs a runtime"))
                .anyMatch(m -> m.contains("unknown key 'memory'"));
    }
}
