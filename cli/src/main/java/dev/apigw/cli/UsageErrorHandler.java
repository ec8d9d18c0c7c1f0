package dev.apigw.cli;

import dev.apigw.cli.output.TextStyle;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Usage errors (unknown option, bad value, missing subcommand): picocli's message, its "did you mean" suggestions,
 * and a pointer to {@code --help} instead of the whole usage text, so the error stays visible. Exit code 2.
 */
final class UsageErrorHandler implements IParameterExceptionHandler {

    private final ConsoleStyle style;

    UsageErrorHandler(ConsoleStyle style) {
        this.style = style;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine commandLine = ex.getCommandLine();
        PrintWriter err = commandLine.getCommandSpec().root().commandLine().getErr();
        err.println(new TextStyle(style.errAnsi()).boldRed("error:") + " " + ex.getMessage());
        UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return BaseCommand.EXIT_USAGE;
    }
}
