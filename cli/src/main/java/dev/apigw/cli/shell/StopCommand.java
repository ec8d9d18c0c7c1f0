package dev.apigw.cli.shell;

import dev.apigw.cli.BaseCommand;
import picocli.CommandLine.Command;

/** {@code stop}: stops the server that {@code serve} started in this shell. */
@Command(name = "stop", description = "Stop the background server started by 'serve'.")
public final class StopCommand extends BaseCommand {

    private final ShellSession session;

    public StopCommand(ShellSession session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        session.stop().ifPresentOrElse(
                served -> out().println("apigw: stopped " + served.url()),
                () -> err().println("apigw: no server is running"));
        out().flush();
        err().flush();
        return EXIT_OK;
    }
}
