package dev.apigw.cli.mixin;

import dev.apigw.model.diag.Severity;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --output text|json}, {@code -q/--quiet} and {@code -v/--verbose}, for commands that report results. */
public final class OutputMixin {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec mixee;

    @Option(
            names = "--output",
            paramLabel = "FORMAT",
            defaultValue = "text",
            converter = OutputFormat.Converter.class,
            description = "Result format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private OutputFormat format = OutputFormat.TEXT;

    private boolean quiet;
    private boolean verbose;

    @Option(names = {"-q", "--quiet"}, description = "Print only errors.")
    void setQuiet(boolean quiet) {
        this.quiet = quiet;
        rejectBoth();
    }

    @Option(names = {"-v", "--verbose"}, description = "Print progress and informational findings too.")
    void setVerbose(boolean verbose) {
        this.verbose = verbose;
        rejectBoth();
    }

    public OutputFormat format() {
        return format;
    }

    public boolean json() {
        return format == OutputFormat.JSON;
    }

    public Verbosity verbosity() {
        if (quiet) {
            return Verbosity.QUIET;
        }
        return verbose ? Verbosity.VERBOSE : Verbosity.NORMAL;
    }

    /** Whether a finding of this severity is printed in text mode: errors always, warnings unless quiet, info when verbose. */
    public boolean shows(Severity severity) {
        return switch (severity) {
            case ERROR -> true;
            case WARNING -> verbosity() != Verbosity.QUIET;
            case INFO -> verbosity() == Verbosity.VERBOSE;
        };
    }

    private void rejectBoth() {
        if (quiet && verbose) {
            throw new ParameterException(mixee.commandLine(), "--quiet and --verbose cannot be used together");
        }
    }
}
