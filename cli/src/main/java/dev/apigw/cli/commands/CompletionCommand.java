package dev.apigw.cli.commands;

import dev.apigw.cli.BaseCommand;
import dev.apigw.cli.mixin.OutputMixin;
import dev.apigw.cli.mixin.Verbosity;
import dev.apigw.cli.output.JsonOutput;
import java.util.Locale;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code apigw completion bash|zsh}: a completion script generated from the live command tree (picocli's
 * AutoComplete), so it never lags behind the commands. zsh runs the bash script through {@code bashcompinit}.
 */
@Command(name = "completion",
        description = {"Print a shell completion script for apigw.",
            "bash: source <(apigw completion bash)   (or save it to /etc/bash_completion.d/apigw)",
            "zsh:  source <(apigw completion zsh)    (in ~/.zshrc)",
            "With --output json: {\"shell\", \"script\"}."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Script printed.", "2:Usage error (unknown shell)."})
public final class CompletionCommand extends BaseCommand {

    /** The shells picocli's script supports. */
    public enum Shell {
        BASH, ZSH;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Lower-case values and message, like the other enum options. */
        public static final class Converter implements picocli.CommandLine.ITypeConverter<Shell> {
            @Override
            public Shell convert(String value) {
                return dev.apigw.cli.mixin.LowerCaseEnums.convert(Shell.class, value);
            }
        }
    }

    @Parameters(paramLabel = "SHELL", converter = Shell.Converter.class,
            description = "${COMPLETION-CANDIDATES}.")
    Shell shell;

    @Mixin
    OutputMixin output;

    /** The {@code --output json} document: the script as one string, for installers that write it somewhere. */
    record Script(String shell, String script) {}

    @Override
    public Integer call() {
        String script = AutoComplete.bash("apigw", spec.root().commandLine());
        if (shell == Shell.ZSH) {
            // picocli's script is bash; zsh runs it through its bash-compatibility layer, loaded first.
            script = "#compdef apigw\nautoload -U +X compinit && compinit\n"
                    + "autoload -U +X bashcompinit && bashcompinit\n" + script;
        }
        if (output.json()) {
            JsonOutput.write(out(), new Script(shell.toString(), script));
            return EXIT_OK;
        }
        out().print(script);
        out().flush();
        if (output.verbosity() == Verbosity.VERBOSE) {
            err().println(shell == Shell.ZSH ? "apigw: load it with: source <(apigw completion zsh)   (in ~/.zshrc)"
                    : "apigw: load it with: source <(apigw completion bash)   (or save it to "
                    + "/etc/bash_completion.d/apigw)");
            err().flush();
        }
        return EXIT_OK;
    }
}
