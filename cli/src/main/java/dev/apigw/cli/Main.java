package dev.apigw.cli;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The process entry point: wires the real streams to {@link ApigwCli} and turns its result into the exit status. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        ConsoleStyle style = ConsoleStyle.detect(System.getenv());
        PrintWriter out = writer(System.out);
        PrintWriter err = writer(System.err);
        System.exit(ApigwCli.run(args, out, err, style));
    }

    // Always UTF-8: on JDK 17 the default charset follows the locale, and under LANG=C exported documents would
    // lose every non-ASCII character. Auto-flush keeps long-running commands (serve) printing as they go.
    private static PrintWriter writer(OutputStream stream) {
        return new PrintWriter(new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8)), true);
    }
}
