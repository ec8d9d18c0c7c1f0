package dev.apigw.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.cli.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompletionCommandTest {

    @TempDir
    Path tmp;

    @Test
    void bashScriptParsesAndNamesEveryTopLevelCommand() throws Exception {
        CliRun run = CliRun.of("completion", "bash");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("complete -F _complete_apigw")
                .contains("diff", "init", "completion", "validate", "invoke", "serve", "import", "export");
        assertThat(bash("-n", write(run.out()).toString()).exit()).isZero();
    }

    @Test
    void bashScriptCompletesSubcommandsAndTemplateNames() throws Exception {
        Path script = write(CliRun.of("completion", "bash").out());
        Result commands = bash("-c", "source " + script + "; COMP_WORDS=(apigw di); COMP_CWORD=1; "
                + "COMP_LINE='apigw di'; COMP_POINT=8; _complete_apigw 2>/dev/null; echo \"${COMPREPLY[@]}\"");
        assertThat(commands.out().strip()).isEqualTo("diff");
        Result templates = bash("-c", "source " + script + "; COMP_WORDS=(apigw init --template ''); COMP_CWORD=3; "
                + "COMP_LINE='apigw init --template '; COMP_POINT=22; _complete_apigw 2>/dev/null; "
                + "echo \"${COMPREPLY[@]}\"");
        assertThat(templates.out().strip()).isEqualTo("rest http websocket lambda");
    }

    @Test
    void zshScriptLoadsBashCompatibilityFirst() throws Exception {
        CliRun run = CliRun.of("completion", "zsh");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("#compdef apigw\n").contains("bashcompinit && bashcompinit");
        assertThat(bash("-n", write(run.out()).toString()).exit()).isZero();
    }

    @Test
    void unknownShellIsAUsageError() {
        CliRun run = CliRun.of("completion", "fish");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("expected bash, zsh but was 'fish'");
    }

    private Path write(String script) throws IOException {
        Path file = Files.createTempFile(tmp, "completion", ".sh");
        Files.writeString(file, script);
        return file;
    }

    private record Result(int exit, String out) {}

    private static Result bash(String... args) throws Exception {
        String[] command = new String[args.length + 1];
        command[0] = "bash";
        System.arraycopy(args, 0, command, 1, args.length);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), out);
    }
}
