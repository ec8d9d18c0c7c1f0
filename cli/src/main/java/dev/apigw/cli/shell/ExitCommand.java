package dev.apigw.cli.shell;

import dev.apigw.cli.BaseCommand;
import picocli.CommandLine.Command;

/** {@code exit} / {@code quit} (and Ctrl-D): leaves the shell, stopping a background server. */
@Command(name = "exit", aliases = "quit", description = "Leave the shell (also quit, Ctrl-D).")
public final class ExitCommand extends BaseCommand {

    private final ShellSession session;

    public ExitCommand(ShellSession session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        session.requestExit();
        return EXIT_OK;
    }
}
