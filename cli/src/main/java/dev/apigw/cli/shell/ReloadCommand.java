package dev.apigw.cli.shell;

import dev.apigw.cli.BaseCommand;
import dev.apigw.model.project.ApiProject;
import picocli.CommandLine.Command;

/** {@code reload}: re-reads the project; on failure the shell keeps the last good one (the error says why). */
@Command(name = "reload", description = "Re-read the project files (a running 'serve' switches too).")
public final class ReloadCommand extends BaseCommand {

    private final ShellSession session;

    public ReloadCommand(ShellSession session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        ApiProject project = session.reload();
        long methods = project.api().resources().stream().mapToLong(r -> r.methods().size()).sum();
        out().println("apigw: reloaded " + project.api().title() + " (" + methods + " method(s))");
        out().flush();
        return EXIT_OK;
    }
}
