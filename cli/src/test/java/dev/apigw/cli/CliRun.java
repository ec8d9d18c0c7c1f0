package dev.apigw.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Consumer;
import picocli.CommandLine;

/** One in-process run of the CLI with captured output, for tests. */
public record CliRun(int exitCode, String out, String err) {

    public static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = ApigwCli.run(args, out, err);
        return new CliRun(exitCode, out.toString(), err.toString());
    }

    /** Runs with extra (test-only) commands added to the tree that {@link ApigwCli} builds. */
    public static CliRun with(Consumer<CommandLine> customiser, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter outWriter = new PrintWriter(out, true);
        PrintWriter errWriter = new PrintWriter(err, true);
        CommandLine commandLine = ApigwCli.create(outWriter, errWriter, ConsoleStyle.plain());
        customiser.accept(commandLine);
        int exitCode = commandLine.execute(args);
        return new CliRun(exitCode, out.toString(), err.toString());
    }
}
