package dev.apigw.cli;

import dev.apigw.cli.output.DiagnosticPrinter;
import dev.apigw.cli.output.TextStyle;
import dev.apigw.model.diag.ApigwException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The one place where a command's failure becomes an exit code: {@link ApigwException} by its kind, anything
 * else as an input/I/O error. Prints its diagnostics and a one-line message; the stack trace only on request.
 */
final class ExecutionErrorHandler implements IExecutionExceptionHandler {

    private final ConsoleStyle style;

    ExecutionErrorHandler(ConsoleStyle style) {
        this.style = style;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getCommandSpec().root().commandLine().getErr();
        boolean stacktrace = stacktraceRequested(parseResult);
        if (ex instanceof ApigwException apigw && !apigw.diagnostics().isEmpty()) {
            new DiagnosticPrinter(err, style.errAnsi()).print(apigw.diagnostics());
        }
        TextStyle text = new TextStyle(style.errAnsi());
        String hint = stacktrace || ex instanceof ApigwException ? "" : " (run with --stacktrace for details)";
        err.println(text.boldRed("error:") + " " + message(ex) + hint);
        if (stacktrace) {
            ex.printStackTrace(err);
        }
        err.flush();
        return exitCode(ex);
    }

    static int exitCode(Exception ex) {
        if (ex instanceof ApigwException apigw) {
            return switch (apigw.kind()) {
                case INPUT -> BaseCommand.EXIT_INPUT;
                case FINDINGS -> BaseCommand.EXIT_FINDINGS;
                case USAGE -> BaseCommand.EXIT_USAGE;
            };
        }
        return BaseCommand.EXIT_INPUT;
    }

    /** Our own exceptions carry a message written for users; others get their type, since it often is the news. */
    static String message(Exception ex) {
        Throwable shown = ex instanceof UncheckedIOException && ex.getCause() != null ? ex.getCause() : ex;
        String message = shown.getMessage() == null ? "" : shown.getMessage().strip();
        int newline = message.indexOf('\n');
        if (newline >= 0) {
            message = message.substring(0, newline).strip();
        }
        if (ex instanceof ApigwException && !message.isEmpty()) {
            return message;
        }
        String type = shown.getClass().getSimpleName();
        return message.isEmpty() ? type : type + ": " + message;
    }

    // --stacktrace may follow any command on the line (apigw --stacktrace import openapi … or … openapi x --stacktrace).
    private static boolean stacktraceRequested(ParseResult parseResult) {
        for (ParseResult level = parseResult; level != null; level = level.subcommand()) {
            if (level.hasMatchedOption("--stacktrace")) {
                return true;
            }
        }
        return false;
    }
}
