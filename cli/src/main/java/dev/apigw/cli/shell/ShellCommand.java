package dev.apigw.cli.shell;

import dev.apigw.cli.BaseCommand;
import dev.apigw.cli.ConsoleStyle;
import dev.apigw.cli.mixin.ParamMixin;
import java.io.IOException;
import java.nio.file.Path;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code apigw shell [PROJECT]}: an interactive shell over the same commands, with the project loaded once. On a
 * terminal it edits lines, completes and keeps history; with piped input it reads one command per line, so a script
 * can drive it too.
 */
@Command(name = "shell",
        description = "Interactive shell over the apigw commands with the project loaded: history, TAB completion "
                + "of commands, options, stages and routes; routes, describe, invoke, serve/stop, reload.")
public final class ShellCommand extends BaseCommand {

    @Parameters(arity = "0..1", paramLabel = "PROJECT",
            description = "Project directory, apigw.yaml or OpenAPI file (default: the current directory).")
    Path target = Path.of(".");

    @Mixin
    ParamMixin params;

    @Override
    public Integer call() throws IOException {
        ShellSession session = ShellSession.open(target, params.parameters(), params.api());
        try (Terminal terminal = TerminalBuilder.builder().name("apigw").system(true).dumb(true).build()) {
            // Colour only where the command line would use it (a TTY, NO_COLOR unset) and the terminal can show it.
            boolean colour = style().outAnsi() && !Terminal.TYPE_DUMB.equals(terminal.getType())
                    && !Terminal.TYPE_DUMB_COLOR.equals(terminal.getType());
            return new ApigwShell(terminal, session, new ConsoleStyle(colour, colour)).run();
        } finally {
            session.close();
        }
    }
}
