package dev.apigw.cli.shell;

import dev.apigw.cli.ApigwCli;
import dev.apigw.cli.ConsoleStyle;
import dev.apigw.cli.commands.DescribeCommand;
import dev.apigw.cli.commands.RoutesCommand;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The command tree a shell line runs in: {@link ApigwCli#create}'s, so every apigw command works as on the command
 * line, with the shell's own commands swapped in ({@code routes}, {@code describe} and {@code invoke} on the loaded
 * API, a background {@code serve}, {@code stop}, {@code reload}, {@code exit}) and the loaded project as the default
 * PROJECT of the others.
 */
public final class ShellCommandLine {

    private ShellCommandLine() {
    }

    public static CommandLine create(ShellSession session, PrintWriter out, PrintWriter err, ConsoleStyle style) {
        CommandLine commandLine = ApigwCli.create(out, err, style);
        CommandSpec root = commandLine.getCommandSpec();
        // Replaced by session-bound versions; 'shell' itself makes no sense inside a shell.
        for (String name : List.of("shell", "invoke", "serve", "routes", "describe")) {
            root.removeSubcommand(name);
        }
        // addSubcommand on the CommandLine (not the spec) passes the root's handlers and settings on.
        commandLine.addSubcommand(new RoutesCommand(session.source()));
        commandLine.addSubcommand(new DescribeCommand(session.source()));
        commandLine.addSubcommand(new ShellInvokeCommand(session));
        commandLine.addSubcommand(new ShellServeCommand(session));
        commandLine.addSubcommand(new StopCommand(session));
        commandLine.addSubcommand(new ReloadCommand(session));
        commandLine.addSubcommand(new ExitCommand(session));
        // These setters apply to the whole tree as it is now: the commands added above get the root's settings.
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setColorScheme(commandLine.getColorScheme());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExpandAtFiles(false);
        commandLine.setParameterExceptionHandler(commandLine.getParameterExceptionHandler());
        commandLine.setExecutionExceptionHandler(commandLine.getExecutionExceptionHandler());
        commandLine.setDefaultValueProvider(new ProjectDefault(session));
        return commandLine;
    }

    /** The loaded project for positional PROJECT (and validate's PATH, token init's DIR) when none is typed. */
    static final class ProjectDefault implements IDefaultValueProvider {
        private final ShellSession session;

        ProjectDefault(ShellSession session) {
            this.session = session;
        }

        @Override
        public String defaultValue(ArgSpec argSpec) {
            if (!(argSpec instanceof PositionalParamSpec positional) || positional.command() == null) {
                return null;
            }
            Object userObject = positional.command().userObject();
            if (userObject instanceof RoutesCommand || userObject instanceof DescribeCommand) {
                return null; // these read the loaded project (as of the last reload) when PROJECT is not given
            }
            String label = positional.paramLabel();
            String command = positional.command().qualifiedName(" ");
            boolean project = label.equals("PROJECT")
                    || (label.equals("PATH") && command.endsWith(" validate"))
                    || (label.equals("DIR") && command.endsWith(" token init"));
            return project ? session.target().toString() : null;
        }
    }
}
