package dev.apigw.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.IHelpCommandInitializable2;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code apigw help [COMMAND...]}: the usage of any command, however deep ({@code apigw help import openapi}).
 * picocli's own help command only looks one level down, which would show the {@code import} group instead.
 */
@Command(
        name = "help",
        helpCommand = true,
        description = "Show the options of a command, e.g. 'apigw help import openapi'.")
public final class HelpCommand implements IHelpCommandInitializable2, Runnable {

    @Parameters(paramLabel = "COMMAND", arity = "0..*", description = "The command (and subcommands) to describe.")
    private String[] path = new String[0];

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    private boolean helpRequested;

    private CommandLine self;
    private Help.ColorScheme colorScheme;
    private PrintWriter out;

    @Override
    public void init(CommandLine helpCommandLine, Help.ColorScheme colorScheme, PrintWriter out, PrintWriter err) {
        this.self = helpCommandLine;
        this.colorScheme = colorScheme;
        this.out = out;
    }

    @Override
    public void run() {
        CommandLine target = self.getParent();
        for (String name : path) {
            CommandLine next = target.getSubcommands().get(name);
            if (next == null) {
                throw new ParameterException(self, "Unknown command '" + name + "' for '"
                        + target.getCommandSpec().qualifiedName() + "'");
            }
            target = next;
        }
        target.usage(out, colorScheme);
        out.flush();
    }
}
