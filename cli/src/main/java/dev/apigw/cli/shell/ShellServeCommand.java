package dev.apigw.cli.shell;

import dev.apigw.cli.BaseCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The shell's {@code serve}: the loaded API on a background server, so the shell stays usable; {@code stop} ends it. */
@Command(name = "serve",
        description = "Serve the loaded API in the background on 127.0.0.1 and print its URL; 'stop' stops it.")
public final class ShellServeCommand extends BaseCommand {

    private final ShellSession session;

    @Option(names = "--stage", paramLabel = "NAME", description = "Stage to serve (default: the project's first).")
    String stage;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "0",
            description = "Port to listen on (default: a free one).")
    int port;

    public ShellServeCommand(ShellSession session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        if (port < 0 || port > 65535) {
            throw usageError("--port must be between 0 and 65535 but was " + port);
        }
        ShellSession.Served served = session.serve(java.util.Optional.ofNullable(stage), port);
        out().println("apigw: serving " + session.api().title() + " stage " + served.stage() + " at "
                + served.url());
        out().flush();
        return EXIT_OK;
    }
}
