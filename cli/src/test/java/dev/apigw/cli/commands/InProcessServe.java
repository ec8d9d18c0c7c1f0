package dev.apigw.cli.commands;

import dev.apigw.cli.ApigwCli;
import dev.apigw.cli.ConsoleStyle;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** {@code apigw serve ARGS} running in this JVM on its own thread, its output captured; closing interrupts it. */
class InProcessServe implements AutoCloseable {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final Thread thread;
    volatile int exitCode = -1;

    InProcessServe(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "serve";
        System.arraycopy(args, 0, all, 1, args.length);
        CommandLine cl = ApigwCli.create(new PrintWriter(out, true), new PrintWriter(err, true),
                ConsoleStyle.plain());
        thread = new Thread(() -> exitCode = cl.execute(all), "serve-under-test");
        thread.start();
    }

    @Override
    public void close() throws InterruptedException {
        thread.interrupt();
        thread.join(10_000);
    }
}
