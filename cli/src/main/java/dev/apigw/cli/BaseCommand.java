package dev.apigw.cli;

import dev.apigw.cli.mixin.OutputMixin;
import dev.apigw.cli.output.DiagnosticPrinter;
import dev.apigw.cli.output.DiagnosticReport;
import dev.apigw.cli.output.JsonOutput;
import dev.apigw.model.diag.Diagnostic;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * What every apigw command shares: the exit codes, {@code --help}/{@code --version}/{@code --stacktrace}, and the
 * writers. Commands print results to {@link #out()} and messages to {@link #err()}, never to the process streams
 * directly, so the same command works in tests and in the shell. Failures are thrown ({@code ApigwException},
 * {@link #usageError}); {@link ExecutionErrorHandler} and {@link UsageErrorHandler} turn them into exit codes.
 *
 * <p>A new command: a class extending this one with {@code @Command(name = ...)}, its options and mixins, and
 * {@code call()} returning {@link #EXIT_OK}; then list it in the {@code subcommands} of its group (or of
 * {@link ApigwCommand}).
 */
@Command(mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
public abstract class BaseCommand implements Callable<Integer> {

    /** Success. */
    public static final int EXIT_OK = 0;
    /** The input was read, but checks failed. */
    public static final int EXIT_FINDINGS = 1;
    /** The command line was wrong (picocli's default for invalid input). */
    public static final int EXIT_USAGE = 2;
    /** Unreadable or invalid input, I/O errors, and anything unexpected. */
    public static final int EXIT_INPUT = 3;

    // Declared on every command (not inherited from the root) so it works before or after the subcommand name;
    // ExecutionErrorHandler reads it from the parse result, so the field itself is never consulted.
    @Option(names = "--stacktrace", description = "Print the full stack trace when the command fails.")
    boolean stacktrace;

    @Spec
    protected CommandSpec spec;

    // The root's writers are the ones ApigwCli was given; a subcommand added to the tree later (the shell, tests)
    // would otherwise fall back to the process streams.

    /** Where results go (standard output). */
    protected PrintWriter out() {
        return spec.root().commandLine().getOut();
    }

    /** Where messages, warnings and diagnostics go (standard error). */
    protected PrintWriter err() {
        return spec.root().commandLine().getErr();
    }

    /** How the streams may be styled, as decided once by {@link ApigwCli}. */
    protected ConsoleStyle style() {
        return spec.root().userObject() instanceof ApigwCommand root ? root.style() : ConsoleStyle.plain();
    }

    /** An exception to throw for a bad combination of options; reported like picocli's own usage errors. */
    protected ParameterException usageError(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /**
     * Reports diagnostics the way the user asked: text to standard error (errors only with {@code --quiet},
     * nothing at all when nothing is left to show), or one JSON document to standard output for scripts.
     */
    protected void printDiagnostics(List<Diagnostic> diagnostics, OutputMixin output) {
        if (output.json()) {
            JsonOutput.write(out(), DiagnosticReport.of(diagnostics));
            return;
        }
        List<Diagnostic> shown = diagnostics.stream().filter(d -> output.shows(d.severity())).toList();
        if (!shown.isEmpty()) {
            new DiagnosticPrinter(err(), style().errAnsi()).print(shown);
        }
    }

    /** {@code K=V} as {@code --header}/{@code --query} take it; anything else is a usage error naming the option. */
    protected String[] keyValue(String text, String option) {
        int eq = text.indexOf('=');
        if (eq <= 0) {
            throw usageError(option + " expects K=V but was '" + text + "'");
        }
        return new String[] {text.substring(0, eq), text.substring(eq + 1)};
    }

    /** {@code --body TEXT|@FILE}: the text itself, or the bytes of the file after {@code @}. */
    protected static byte[] bodyArgument(String body) {
        if (!body.startsWith("@")) {
            return body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        java.nio.file.Path file = java.nio.file.Path.of(body.substring(1));
        try {
            return java.nio.file.Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw dev.apigw.model.diag.ApigwException.input(file + ": cannot read the body: " + e.getMessage());
        }
    }
}
