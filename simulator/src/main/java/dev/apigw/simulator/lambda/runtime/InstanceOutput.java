package dev.apigw.simulator.lambda.runtime;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * What one instance prints on stdout and stderr, line by line: forwarded to the log as it arrives, and kept for
 * the invocation in progress. apigw's bootstraps end each invocation's output with a marker line on both streams
 * ({@code \u001eAPIGW-END <requestId>}), so the invocation's log is complete when its result is returned.
 */
final class InstanceOutput {
    static final String END_MARKER = "\u001eAPIGW-END ";

    private final String prefix;
    private final FunctionLog log;
    private final List<String> lines = new ArrayList<>();
    private final boolean marksEnds;
    private CountDownLatch ends = new CountDownLatch(0);
    private String requestId = "";

    InstanceOutput(String function, FunctionLog log, boolean marksEnds) {
        this.prefix = "[" + function + "] ";
        this.log = log;
        this.marksEnds = marksEnds;
    }

    /** Reads both streams of the process on daemon threads until they close. */
    void attach(Process process, String name) {
        read(process.getInputStream(), name + "-stdout");
        read(process.getErrorStream(), name + "-stderr");
    }

    /** Starts collecting the lines of a new invocation; what was printed before it (init output) is kept too. */
    synchronized void begin(String id) {
        requestId = id;
        ends = new CountDownLatch(marksEnds ? 2 : 0);
    }

    /** A line of the platform's own (START, END, REPORT, timeouts): logged and kept like the function's. */
    void platform(String text) {
        add(text);
    }

    /**
     * The lines since the last call, once both streams have marked the invocation's end (or after a short wait
     * when the runtime does not mark ends or has died).
     */
    List<String> drain(boolean waitForEnd) {
        CountDownLatch latch;
        synchronized (this) {
            latch = ends;
        }
        if (waitForEnd) {
            try {
                latch.await(marksEnds ? 500 : 20, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (this) {
            List<String> out = List.copyOf(lines);
            lines.clear();
            return out;
        }
    }

    private void read(InputStream stream, String threadName) {
        Thread t = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line; (line = reader.readLine()) != null; ) {
                    if (line.startsWith(END_MARKER)) {
                        ended(line.substring(END_MARKER.length()).trim());
                    } else {
                        add(line);
                    }
                }
            } catch (IOException e) {
                // The process is gone; its streams closed with it.
            }
        }, threadName);
        t.setDaemon(true);
        t.start();
    }

    private synchronized void ended(String id) {
        if (id.equals(requestId)) {
            ends.countDown();
        }
    }

    private void add(String line) {
        synchronized (this) {
            lines.add(line);
        }
        log.line(prefix + line);
    }
}
