package dev.apigw.cli;

import dev.apigw.cli.commands.UsageCommand;
import java.io.PrintWriter;
import java.io.Writer;
import picocli.CommandLine;
import picocli.CommandLine.Help;

/**
 * The one place that builds the {@code apigw} command line. {@link Main}, the tests and the interactive shell all
 * go through {@link #create}, so they share the same commands, exception handling and exit codes.
 */
public final class ApigwCli {

    private ApigwCli() {}

    /** A fresh command tree writing results to {@code out} and messages to {@code err}. */
    public static CommandLine create(PrintWriter out, PrintWriter err, ConsoleStyle style) {
        CommandLine commandLine = new CommandLine(new ApigwCommand(style));
        // Added before the settings below, which picocli passes on only to subcommands already in the tree.
        commandLine.addSubcommand(new UsageCommand());
        commandLine.addSubcommand(new dev.apigw.cli.commands.DiffCommand());
        commandLine.addSubcommand(new dev.apigw.cli.commands.InitCommand());
        commandLine.addSubcommand(new dev.apigw.cli.commands.CompletionCommand());
        commandLine.addSubcommand(new dev.apigw.cli.commands.GenerateEventCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setColorScheme(Help.defaultColorScheme(style.outAnsi() ? Help.Ansi.ON : Help.Ansi.OFF));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        // '@FILE' is curl's "read this file" (test-template --body @body.json), not a picocli argument file.
        commandLine.setExpandAtFiles(false);
        commandLine.setParameterExceptionHandler(new UsageErrorHandler(style));
        commandLine.setExecutionExceptionHandler(new ExecutionErrorHandler(style));
        UsageConventions.apply(commandLine);
        return commandLine;
    }

    /** Runs one command line and returns its exit code; the writers are flushed, not closed. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, ConsoleStyle style) {
        try {
            return create(out, err, style).execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** Runs without colour, e.g. into {@link java.io.StringWriter}s in tests. */
    public static int run(String[] args, Writer out, Writer err) {
        return run(args, printWriter(out), printWriter(err), ConsoleStyle.plain());
    }

    private static PrintWriter printWriter(Writer writer) {
        return writer instanceof PrintWriter printWriter ? printWriter : new PrintWriter(writer, true);
    }
}
